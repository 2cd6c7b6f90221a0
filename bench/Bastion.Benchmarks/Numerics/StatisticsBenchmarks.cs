using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Correlation;
using Bastion.Numerics.Distributions;
using Bastion.Numerics.Random;
using Bastion.Numerics.Statistics;

namespace Bastion.Benchmarks.Numerics;

/// <summary>
/// Statistics hot paths. Run: dotnet run -c Release --project bench/Bastion.Benchmarks -- --filter '*StatisticsBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class StatisticsBenchmarks
{
    private readonly double[] _x = new double[1000];
    private readonly double[] _p = new double[1000];
    private readonly double[] _kx = new double[10_000];
    private readonly double[] _ky = new double[10_000];
    private readonly double[] _returns = new double[1000];
    private readonly double[] _gaussians = new double[1000];
    private ExponentialCovarianceTracker _tracker = null!;
    private RandomStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        var s = new RandomStream(1);
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = (s.NextDouble() * 12.0) - 6.0;
            _p[i] = 1.0 - s.NextDouble();
            _returns[i] = s.NextGaussian() * 0.01;
        }

        for (int i = 0; i < _kx.Length; i++)
        {
            _kx[i] = s.NextGaussian();
            _ky[i] = (0.5 * _kx[i]) + s.NextGaussian();
        }

        _tracker = new ExponentialCovarianceTracker(1000, EwmDecay.FromAlpha(0.06));
        _tracker.Update(_returns);
        _stream = new RandomStream(2);
    }

    /// <summary>1,000 evaluations of Φ.</summary>
    [Benchmark]
    public double NormalCdf_1000()
    {
        double sum = 0.0;
        foreach (double x in _x)
        {
            sum += Normal.Cdf(x);
        }

        return sum;
    }

    /// <summary>1,000 evaluations of Φ⁻¹.</summary>
    [Benchmark]
    public double NormalInverseCdf_1000()
    {
        double sum = 0.0;
        foreach (double p in _p)
        {
            sum += Normal.InverseCdf(p);
        }

        return sum;
    }

    /// <summary>Kendall τ-b on 10,000 pairs (Knight's O(n log n)).</summary>
    [Benchmark]
    public double KendallTau_10k() => Correlations.KendallTauB(_kx, _ky);

    /// <summary>One exponentially weighted covariance update of 1,000 assets (500,500 covariance entries).</summary>
    [Benchmark]
    public int EwCovarianceUpdate_1000Assets()
    {
        _tracker.Update(_returns);
        return _tracker.Count;
    }

    /// <summary>1,000 standard normal draws, polar method.</summary>
    [Benchmark]
    public double GaussianPolar_1000()
    {
        for (int i = 0; i < _gaussians.Length; i++)
        {
            _gaussians[i] = _stream.NextGaussian();
        }

        return _gaussians[^1];
    }

    /// <summary>1,000 standard normal draws, ziggurat.</summary>
    [Benchmark]
    public double GaussianZiggurat_1000()
    {
        _stream.FillGaussian(_gaussians);
        return _gaussians[^1];
    }
}
