using Bastion.Analytics.Attribution;
using Bastion.Analytics.Series;
using Bastion.Numerics.Random;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bastion.Benchmarks.Analytics;

/// <summary>
/// Attribution on realistic sizes: Brinson–Fachler over 10 years of months × 11 sectors (both linkings), a 5-factor
/// Newey–West regression on 10 years of days, and style analysis (4 styles) on 10 years of days, whole sample and
/// rolling 252-day windows. Seeded synthetic data. Runs in-process (short job), as the other analytics benchmarks.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class AttributionBenchmarks
{
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
            => AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private BrinsonPeriod[] _periods = null!;
    private ReturnSeries _strategy = null!;
    private ReturnPanel _factors = null!;
    private ReturnPanel _styles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(20240601);
        var month = new DateTimeOffset(2015, 1, 31, 0, 0, 0, TimeSpan.Zero);
        _periods = new BrinsonPeriod[120];
        for (int t = 0; t < _periods.Length; t++)
        {
            double[] wp = Weights(rng, 11), wb = Weights(rng, 11);
            _periods[t] = new BrinsonPeriod(month.AddMonths(t), [.. Enumerable.Range(0, 11).Select(i =>
                new SectorExposure("S" + i, wp[i], 0.01 + (0.05 * rng.NextGaussian()), wb[i], 0.008 + (0.045 * rng.NextGaussian())))]);
        }

        const int n = 2520;
        var day = new DateTimeOffset(2015, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var dates = new DateTimeOffset[n];
        var f = new double[n, 6];
        var s = new double[n, 4];
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            dates[i] = day.AddDays(i);
            for (int k = 0; k < 5; k++)
            {
                f[i, k] = 0.0002 + (0.008 * rng.NextGaussian());
            }

            f[i, 5] = 0.0001;
            for (int k = 0; k < 4; k++)
            {
                s[i, k] = 0.0003 + (0.01 * rng.NextGaussian());
            }

            r[i] = 0.0001 + (0.9 * f[i, 0]) + (0.3 * f[i, 1]) + (0.5 * s[i, 2]) + (0.004 * rng.NextGaussian());
        }

        _strategy = ReturnSeries.Create("strategy", dates, r);
        _factors = ReturnPanel.Create(["Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"], dates, f);
        _styles = ReturnPanel.Create(["A", "B", "C", "D"], dates, s);
    }

    [Benchmark(Description = "Brinson 120 months x 11 sectors, Carino")]
    public BrinsonResult BrinsonCarino() => BrinsonFachler.Compute(_periods, LinkingMethod.Carino);

    [Benchmark(Description = "Brinson 120 months x 11 sectors, Menchero")]
    public BrinsonResult BrinsonMenchero() => BrinsonFachler.Compute(_periods, LinkingMethod.Menchero);

    [Benchmark(Description = "Factor attribution, 2,520 days x 5 factors, Newey-West")]
    public FactorAttributionResult Factors() => FactorAttribution.Compute(_strategy, _factors);

    [Benchmark(Description = "Style analysis, 2,520 days x 4 styles, whole sample")]
    public StyleAnalysisResult Style() => StyleAnalysis.Compute(_strategy, _styles);

    [Benchmark(Description = "Style analysis, rolling 252-day windows (2,269 fits)")]
    public StyleAnalysisResult StyleRolling() => StyleAnalysis.Compute(_strategy, _styles, 252);

    private static double[] Weights(RandomStream rng, int n)
    {
        double[] w = [.. Enumerable.Range(0, n).Select(_ => 0.1 + rng.NextDouble())];
        double sum = w.Sum();
        return [.. w.Select(x => x / sum)];
    }
}
