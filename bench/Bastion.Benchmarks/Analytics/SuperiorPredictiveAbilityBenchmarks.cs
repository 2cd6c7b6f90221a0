using Bastion.Analytics.Rigor;
using Bastion.Numerics.Random;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bastion.Benchmarks.Analytics;

/// <summary>
/// Hansen's SPA and White's Reality Check with 10,000 stationary-bootstrap replications, 100 strategies × 2,500 days
/// (ten years of daily returns). Target: under 5 s. Block lengths 10 (a typical automatic choice for daily loss
/// differences) and 1 (the worst case, when every block is a single day).
/// Runs in-process with one warm-up and three iterations: each operation takes seconds.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class SuperiorPredictiveAbilityBenchmarks
{
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
            => AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private double[] _benchmark = null!;
    private double[][] _strategies = null!;

    /// <summary>Mean block length of the stationary bootstrap.</summary>
    [Params(10.0, 1.0)]
    public double BlockLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int days = 2500, count = 100;
        var rng = new RandomStream(20261205);
        // Losses are negative returns: a market factor plus idiosyncratic noise, a few strategies with a small edge.
        double[] market = new double[days];
        for (int t = 0; t < days; t++)
        {
            market[t] = 0.0003 + (0.01 * rng.NextGaussian());
        }

        _benchmark = [.. market.Select(m => -m)];
        _strategies = new double[count][];
        for (int k = 0; k < count; k++)
        {
            double edge = k % 10 == 0 ? 0.0002 : 0.0;
            _strategies[k] = new double[days];
            for (int t = 0; t < days; t++)
            {
                _strategies[k][t] = -(market[t] + edge + (0.006 * rng.NextGaussian()));
            }
        }
    }

    [Benchmark(Description = "SPA + RC, 10,000 replications, 100 strategies x 2,500 days")]
    public double Spa()
    {
        SpaResult r = SuperiorPredictiveAbility.Test(_benchmark, _strategies, BlockLength, 10_000, seed: 7);
        return r.SpaConsistentPValue + r.RealityCheckPValue;
    }
}
