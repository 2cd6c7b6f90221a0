using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Random;
using Bastion.Risk.Volatility;

namespace Bastion.Benchmarks.Risk;

/// <summary>GARCH(1,1) maximum-likelihood fit on 5,000 simulated observations (ω 0.02, α 0.08, β 0.9, percent scale).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class GarchFitBenchmark
{
    private readonly double[] _returns = new double[5000];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(11);
        double h = 1.0;
        for (int t = 0; t < _returns.Length; t++)
        {
            double e = Math.Sqrt(h) * rng.NextGaussian();
            _returns[t] = 0.05 + e;
            h = 0.02 + (0.08 * e * e) + (0.9 * h);
        }
    }

    [Benchmark]
    public GarchFit Garch11Normal() => GarchEstimator.Fit(_returns);

    [Benchmark]
    public GarchFit GjrStudentT() => GarchEstimator.Fit(_returns, new GarchSpecification(VolatilityModel.GjrGarch, InnovationDistribution.StudentT));
}
