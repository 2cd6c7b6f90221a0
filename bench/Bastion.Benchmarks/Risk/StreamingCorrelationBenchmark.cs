using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Random;
using Bastion.Risk.Correlation;

namespace Bastion.Benchmarks.Risk;

/// <summary>
/// One streaming covariance update for 1,000 assets (issue bar: under 5 ms, no allocation): the rolling 250-day window
/// (replace-oldest update plus the add-only re-anchoring accumulator) and the EWMA (λ = 0.94), plus copying out the correlation.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class StreamingCorrelationBenchmark
{
    private const int Assets = 1000;
    private const int Window = 250;
    private readonly double[][] _rows = new double[Window + 64][];
    private readonly double[,] _matrix = new double[Assets, Assets];
    private RollingCovarianceEstimator _rolling = null!;
    private EwmaCovarianceEstimator _ewma = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(5);
        for (int t = 0; t < _rows.Length; t++)
        {
            _rows[t] = new double[Assets];
            rng.FillGaussian(_rows[t]);
        }

        _rolling = new RollingCovarianceEstimator(Assets, Window);
        _ewma = new EwmaCovarianceEstimator(Assets);
        for (int t = 0; t < Window; t++)
        {
            _rolling.Update(_rows[t]);
            _ewma.Update(_rows[t]);
        }
    }

    private double[] NextRow()
    {
        _next = (_next + 1) % _rows.Length;
        return _rows[_next];
    }

    [Benchmark]
    public void RollingUpdate() => _rolling.Update(NextRow());

    [Benchmark]
    public void EwmaUpdate() => _ewma.Update(NextRow());

    [Benchmark]
    public void RollingCopyCorrelation() => _rolling.CopyCorrelation(_matrix);
}
