namespace Bastion.Numerics.Optimization;

/// <summary>
/// Tolerances and limits for <see cref="ConvexSolver"/>. Validated once, when the solver is built.
/// Residual and gap tests are relative: a residual is divided by max(1, size of the data and iterate it comes from).
/// </summary>
public sealed record SolverOptions
{
    /// <summary>Relative primal and dual residual tolerance (∞-norm). Default 1e-8.</summary>
    public double FeasibilityTolerance { get; init; } = 1e-8;

    /// <summary>
    /// Absolute duality gap tolerance (sᵀz). Default 1e-12: small, so that objectives of the size of a daily variance
    /// (1e-5) are still resolved to the relative tolerance.
    /// </summary>
    public double AbsoluteGapTolerance { get; init; } = 1e-12;

    /// <summary>Relative duality gap tolerance, gap / min(|primal objective|, |dual objective|). Default 1e-8.</summary>
    public double RelativeGapTolerance { get; init; } = 1e-8;

    /// <summary>Tolerance of the infeasibility and unboundedness certificate tests. Default 1e-8.</summary>
    public double InfeasibilityTolerance { get; init; } = 1e-8;

    /// <summary>Maximum interior-point iterations. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Maximum active-set iterations (each adds or drops one bound); 0 means 50·n + 1000. Default 0.</summary>
    public int MaxActiveSetIterations { get; init; }

    /// <summary>Algorithm choice. Default <see cref="SolverMethod.Automatic"/>.</summary>
    public SolverMethod Method { get; init; } = SolverMethod.Automatic;

    /// <summary>Throws when a tolerance is not a finite number in (0, 1) or a limit is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        CheckTolerance(FeasibilityTolerance, nameof(FeasibilityTolerance));
        CheckTolerance(AbsoluteGapTolerance, nameof(AbsoluteGapTolerance));
        CheckTolerance(RelativeGapTolerance, nameof(RelativeGapTolerance));
        CheckTolerance(InfeasibilityTolerance, nameof(InfeasibilityTolerance));
        if (MaxIterations < 1)
        {
            throw new ArgumentException("MaxIterations must be at least 1.", nameof(MaxIterations));
        }

        if (MaxActiveSetIterations < 0)
        {
            throw new ArgumentException("MaxActiveSetIterations must be 0 (automatic) or positive.", nameof(MaxActiveSetIterations));
        }

        if (!Enum.IsDefined(Method))
        {
            throw new ArgumentException("Unknown solver method.", nameof(Method));
        }
    }

    private static void CheckTolerance(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0 || value >= 1)
        {
            throw new ArgumentException($"{name} must be a finite number in (0, 1); got {value}.", name);
        }
    }
}
