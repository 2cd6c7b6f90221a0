namespace Bastion.Numerics.Optimization;

/// <summary>
/// The result of one solve: never an exception for a business outcome. Dual conventions (Lagrangian
/// ½xᵀPx + qᵀx + yᵀ(Ax − b) + zᵀ(Gx − h) + μᵤᵀ(x − ub) − μₗᵀ(x − lb) − Σ uₖᵀ(coneₖ)), so at an optimum
/// Px + q + Aᵀy + Gᵀz + μᵤ − μₗ − Σ (uₖ₀ dₖ + Fₖᵀuₖ₁) = 0 with z, μₗ, μᵤ ≥ 0 and each uₖ in the second-order cone.
/// These are cvxopt's signs for y and z.
/// </summary>
public sealed class SolverResult
{
    internal SolverResult()
    {
    }

    /// <summary>Outcome; only <see cref="SolverStatus.Optimal"/> carries a solution.</summary>
    public SolverStatus Status { get; internal init; }

    /// <summary>Algorithm that produced the result.</summary>
    public SolverMethod Method { get; internal init; }

    /// <summary>The solution (Optimal), the unboundedness ray scaled to qᵀx = −1 (DualInfeasible), or the last iterate.</summary>
    public double[] X { get; internal init; } = [];

    /// <summary>½xᵀPx + qᵀx at <see cref="X"/> (NaN for infeasibility certificates).</summary>
    public double Objective { get; internal init; }

    /// <summary>y, one per equality row (or the Farkas ray part on PrimalInfeasible).</summary>
    public double[] EqualityDuals { get; internal init; } = [];

    /// <summary>z ≥ 0, one per row of G.</summary>
    public double[] InequalityDuals { get; internal init; } = [];

    /// <summary>μₗ ≥ 0, one per variable (0 where the lower bound is −∞).</summary>
    public double[] LowerBoundDuals { get; internal init; } = [];

    /// <summary>μᵤ ≥ 0, one per variable (0 where the upper bound is +∞).</summary>
    public double[] UpperBoundDuals { get; internal init; } = [];

    /// <summary>uₖ = (uₖ₀, uₖ₁) per cone, ‖uₖ₁‖ ≤ uₖ₀, length Rowsₖ + 1.</summary>
    public IReadOnlyList<double[]> ConeDuals { get; internal init; } = [];

    /// <summary>Iterations of the method that produced the result.</summary>
    public int Iterations { get; internal init; }

    /// <summary>Largest absolute constraint violation at <see cref="X"/> (equalities, inequalities, bounds, cones).</summary>
    public double PrimalResidual { get; internal init; }

    /// <summary>∞-norm of the stationarity residual Px + q + Aᵀy + Gᵀz + μᵤ − μₗ − Σ Gₖᵀuₖ.</summary>
    public double DualResidual { get; internal init; }

    /// <summary>Absolute duality gap: the sum of complementarity products (slack × dual) over all constraints.</summary>
    public double Gap { get; internal init; }

    /// <summary>Wall time of the solve, including the input standardization.</summary>
    public TimeSpan SolveTime { get; internal init; }
}
