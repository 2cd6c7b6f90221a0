using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Rolling;
using Bastion.Analytics.Series;
using Bastion.Numerics.Random;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bastion.Benchmarks.Analytics;

/// <summary>
/// Every metric of ten years of daily returns (2,520 observations) against a benchmark: the headline metrics,
/// drawdown table, rolling Sharpe/volatility/beta, PSR/MinTRL and the sign test. Target: under 1 ms.
/// Runs in-process (short job): on the shared 2-core machine the out-of-process build exceeds BenchmarkDotNet's timeout.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class PerformanceMetricsBenchmarks
{
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
            => AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private ReturnSeries _strategy = null!;
    private ReturnSeries _benchmark = null!;
    private readonly PerformanceOptions _options = new() { RiskFreeRate = 0.02, RequiredReturn = 0.05 };

    [GlobalSetup]
    public void Setup()
    {
        const int n = 2520;
        var rng = new RandomStream(20240601);
        var dates = new DateTimeOffset[n];
        var s = new double[n];
        var b = new double[n];
        var day = new DateTimeOffset(2015, 1, 2, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < n; i++)
        {
            dates[i] = day.AddDays(i);
            b[i] = 0.0003 + (0.011 * rng.NextGaussian());
            s[i] = 0.0002 + (0.8 * b[i]) + (0.008 * rng.NextGaussian());
        }

        _strategy = ReturnSeries.Create("strategy", dates, s);
        _benchmark = ReturnSeries.Create("benchmark", dates, b);
    }

    [Benchmark(Baseline = true, Description = "Headline + relative metrics (PerformanceAnalysis.Compute)")]
    public PerformanceMetrics Headline() => PerformanceAnalysis.Compute(_strategy, _options, _benchmark);

    [Benchmark(Description = "All metrics: headline, top-5 drawdowns, rolling x3, PSR/MinTRL, sign test")]
    public double All()
    {
        PerformanceMetrics m = PerformanceAnalysis.Compute(_strategy, _options, _benchmark);
        IReadOnlyList<DrawdownPeriod> dd = DrawdownAnalysis.Worst(_strategy, 5);
        double[] rs = RollingMetrics.Sharpe(_strategy.Values, 126, _options.RiskFreePerPeriod, 252);
        double[] rv = RollingMetrics.Volatility(_strategy.Values, 126, 252);
        double[] rb = RollingMetrics.Beta(_strategy.Values, _benchmark.Values, 126);
        SharpeStatistics ss = SharpeStatistics.Of(_strategy.Values);
        double psr = SharpeInference.ProbabilisticSharpeRatio(ss.Sharpe, 0, ss.Observations, ss.Skewness, ss.Kurtosis);
        double trl = SharpeInference.MinimumTrackRecordLength(ss.Sharpe, 0, ss.Skewness, ss.Kurtosis);
        SignTestResult sign = SignTest.Run(_strategy.Values);
        return m.SharpeRatio + dd.Count + rs[^1] + rv[^1] + rb[^1] + psr + trl + sign.PValue;
    }
}
