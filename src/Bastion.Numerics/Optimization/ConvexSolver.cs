using System.Diagnostics;
using Bastion.Numerics.Optimization.ActiveSet;
using Bastion.Numerics.Optimization.InteriorPoint;

namespace Bastion.Numerics.Optimization;

/// <summary>
/// Solves <see cref="ConvexProblem"/> instances (QP, LP, SOCP). Built once from validated <see cref="SolverOptions"/>;
/// immutable and thread-safe (each solve allocates its own workspace). Business outcomes (infeasible, unbounded,
/// iteration limit) come back as <see cref="SolverResult.Status"/>, never as exceptions.
/// </summary>
public sealed class ConvexSolver
{
    /// <summary>Creates a solver; the options are validated here, once.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public ConvexSolver(SolverOptions? options = null)
    {
        Options = options ?? new SolverOptions();
        Options.Validate();
    }

    /// <summary>The validated options.</summary>
    public SolverOptions Options { get; }

    /// <summary>
    /// Solves the problem. <see cref="SolverMethod.Automatic"/> uses the active-set method when the problem has a
    /// quadratic cost, no G rows and no cones and a start is available (at most one equality row, or a warm start
    /// that satisfies the equalities), and the interior-point method otherwise or whenever the active-set method
    /// cannot finish (P not definite on a free subspace, equality unattainable inside the bounds, iteration limit);
    /// <see cref="SolverResult.Method"/> says which one produced the result.
    /// </summary>
    /// <param name="problem">The problem (validated when it was created).</param>
    /// <param name="warmStart">A previous result for a problem of the same size. The active-set method starts from
    /// its x (clamped to the bounds) with the bounds it touches as the working set, when that x satisfies the
    /// equalities here; the interior-point method ignores it.</param>
    /// <exception cref="ArgumentException">The warm start has a different variable count, or
    /// <see cref="SolverMethod.ActiveSet"/> was requested for a problem with G rows, cones or no quadratic cost.</exception>
    public SolverResult Solve(ConvexProblem problem, SolverResult? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (warmStart is not null && warmStart.X.Length != 0 && warmStart.X.Length != problem.VariableCount)
        {
            throw new ArgumentException($"warmStart has {warmStart.X.Length} variables, the problem {problem.VariableCount}.", nameof(warmStart));
        }

        long start = Stopwatch.GetTimestamp();
        if (Options.Method != SolverMethod.InteriorPoint)
        {
            bool applies = PrimalActiveSet.Applies(problem);
            if (Options.Method == SolverMethod.ActiveSet && !applies)
            {
                throw new ArgumentException("The active-set method needs a quadratic cost and only bounds and equality rows.", nameof(problem));
            }

            if (applies)
            {
                double[]? warm = warmStart is { X.Length: > 0 } && warmStart.Status is SolverStatus.Optimal or SolverStatus.IterationLimit ? warmStart.X : null;
                SolverResult? result = PrimalActiveSet.TrySolve(problem, Options, warm, start);
                if (result is not null)
                {
                    return result;
                }
            }
        }

        return HomogeneousInteriorPoint.Solve(problem, Options, start);
    }
}
