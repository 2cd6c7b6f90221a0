using System.Diagnostics;
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

    /// <summary>Solves the problem.</summary>
    /// <param name="problem">The problem (validated when it was created).</param>
    /// <param name="warmStart">A previous result for a problem of the same size (used by the active-set path: its
    /// bounds that were active seed the working set when the previous x is feasible here).</param>
    /// <exception cref="ArgumentException">The warm start has a different variable count.</exception>
    public SolverResult Solve(ConvexProblem problem, SolverResult? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (warmStart is not null && warmStart.X.Length != 0 && warmStart.X.Length != problem.VariableCount)
        {
            throw new ArgumentException($"warmStart has {warmStart.X.Length} variables, the problem {problem.VariableCount}.", nameof(warmStart));
        }

        long start = Stopwatch.GetTimestamp();
        return HomogeneousInteriorPoint.Solve(problem, Options, start);
    }
}
