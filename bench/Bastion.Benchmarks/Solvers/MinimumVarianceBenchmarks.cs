using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Optimization;

namespace Bastion.Benchmarks.Solvers;

/// <summary>
/// Long-only minimum variance, min ½wᵀΣw s.t. 1ᵀw = 1, 0 ≤ w ≤ 1, with the default (automatic → active-set) solver.
/// Compare with tools/fixtures/solvers/bench_cvxopt.py run right after, on the exported matrices.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class MinimumVarianceBenchmarks
{
    private readonly ConvexSolver _solver = new();
    private ConvexProblem _problem = null!;

    [Params(50, 200, 500, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        double[,] sigma = MinimumVarianceData.Covariance(N);
        MinimumVarianceData.Export(sigma);
        _problem = MinimumVarianceData.Problem(sigma);
        SolverResult check = _solver.Solve(_problem);
        if (check.Status != SolverStatus.Optimal)
        {
            throw new InvalidOperationException($"n = {N}: {check.Status}");
        }
    }

    [Benchmark]
    public double ActiveSet() => _solver.Solve(_problem).Objective;
}
