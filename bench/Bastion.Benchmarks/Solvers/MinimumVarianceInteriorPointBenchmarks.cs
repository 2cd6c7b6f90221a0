using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Optimization;

namespace Bastion.Benchmarks.Solvers;

/// <summary>The same minimum-variance problems through the general interior-point method (for reference).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 3)]
public class MinimumVarianceInteriorPointBenchmarks
{
    private readonly ConvexSolver _solver = new(new SolverOptions { Method = SolverMethod.InteriorPoint });
    private ConvexProblem _problem = null!;

    [Params(50, 200, 500)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = MinimumVarianceData.Problem(MinimumVarianceData.Covariance(N));

    [Benchmark]
    public double InteriorPoint() => _solver.Solve(_problem).Objective;
}
