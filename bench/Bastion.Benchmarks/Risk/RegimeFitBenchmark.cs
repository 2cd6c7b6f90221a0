using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Random;
using Bastion.Risk.Regimes;

namespace Bastion.Benchmarks.Risk;

/// <summary>Gaussian HMM fits on 5,000 simulated daily returns from a 2-state model (σ 0.6% / 1.7%, staying probabilities 0.98 / 0.97).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RegimeFitBenchmark
{
    private readonly double[] _returns = new double[5000];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(5);
        int state = 0;
        for (int t = 0; t < _returns.Length; t++)
        {
            state = rng.NextDouble() < (state == 0 ? 0.02 : 0.03) ? 1 - state : state;
            _returns[t] = state == 0 ? 0.0008 + (0.006 * rng.NextGaussian()) : -0.0005 + (0.017 * rng.NextGaussian());
        }
    }

    [Benchmark]
    public RegimeFit TwoStatesTenStarts() => GaussianHiddenMarkov.Fit(_returns, new RegimeModelOptions { States = 2, Starts = 10 });

    [Benchmark]
    public RegimeFit ThreeStatesTenStarts() => GaussianHiddenMarkov.Fit(_returns, new RegimeModelOptions { States = 3, Starts = 10 });
}
