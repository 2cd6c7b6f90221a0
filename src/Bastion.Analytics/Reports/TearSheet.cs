using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Reports.Html;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Rolling;
using Bastion.Analytics.Series;
using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports;

/// <summary>
/// Builds a tear sheet from equity curves and trades, and writes it as <c>tearsheet.html</c> (one offline file,
/// inline SVG, no network), <c>metrics.json</c> and <c>metrics.csv</c>. Thread-safe.
/// </summary>
public static class TearSheet
{
    /// <summary>File name of the HTML tear sheet.</summary>
    public const string HtmlFile = "tearsheet.html";

    /// <summary>File name of the metrics as JSON.</summary>
    public const string JsonFile = "metrics.json";

    /// <summary>File name of the metrics as CSV (one row per metric, one column per strategy).</summary>
    public const string CsvFile = "metrics.csv";

    /// <summary>Computes every number of the tear sheet.</summary>
    /// <exception cref="ArgumentException">No strategies, a bad equity curve (naming the strategy), or invalid options.</exception>
    public static TearSheetReport Build(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Strategies.Count == 0)
        {
            throw new ArgumentException("a report needs at least one strategy", nameof(input));
        }

        PerformanceOptions options = input.Options;
        options.Validate();
        input.Portfolio?.Validate();
        ReturnSeries? benchmark = input.Benchmark is null
            ? null
            : ReturnSeries.FromEquity(input.Benchmark.Name, input.Benchmark.Timestamps, input.Benchmark.Levels);

        var returns = input.Strategies.Select(s => ReturnSeries.FromEquity(s.Name, s.Timestamps, s.Equity)).ToList();
        var sharpeStats = returns.Select(r => TrySharpeStatistics(r, options.RiskFreePerPeriod)).ToList();
        double[] trialSharpes = input.TrialSharpes.Count >= 2
            ? [.. input.TrialSharpes]
            : [.. sharpeStats.Where(s => s is not null).Select(s => s!.Sharpe)];
        int trials = trialSharpes.Length >= 2 ? trialSharpes.Length : 0;

        var reports = new List<StrategyReport>(returns.Count);
        for (int i = 0; i < returns.Count; i++)
        {
            StrategyRun run = input.Strategies[i];
            ReturnSeries r = returns[i];
            SharpeStatistics? ss = sharpeStats[i];
            reports.Add(new StrategyReport
            {
                Run = run,
                Returns = r,
                Metrics = PerformanceAnalysis.Compute(r, options, benchmark),
                TradeStatistics = TradeAnalysis.Compute(run.Trades, run.Timestamps, run.Equity, options.PeriodsPerYear, run.Invested),
                WorstDrawdowns = DrawdownAnalysis.Worst(r, options.TopDrawdowns),
                Underwater = DrawdownAnalysis.Underwater(r),
                RollingSharpe = RollingMetrics.Sharpe(r.Values, options.RollingWindow, options.RiskFreePerPeriod, options.PeriodsPerYear),
                RollingVolatility = RollingMetrics.Volatility(r.Values, options.RollingWindow, options.PeriodsPerYear),
                RollingBeta = benchmark is null ? [] : RollingBetaOnStrategyDates(r, benchmark, options.RollingWindow),
                Monthly = PeriodReturns.Monthly(r),
                Annual = PeriodReturns.Annual(r),
                SharpeStatistics = ss,
                ProbabilisticSharpe = ss is null ? double.NaN : SharpeInference.ProbabilisticSharpeRatio(ss.Sharpe, 0.0, ss.Observations, ss.Skewness, ss.Kurtosis),
                MinimumTrackRecordLength = ss is null ? double.NaN : SharpeInference.MinimumTrackRecordLength(ss.Sharpe, 0.0, ss.Skewness, ss.Kurtosis, 0.95),
                Deflated = ss is null || trials == 0 ? null : SharpeInference.DeflatedSharpeRatio(ss.Sharpe, ss.Observations, ss.Skewness, ss.Kurtosis, trialSharpes),
                SignTest = SignTest.Run(r.Values),
                SharpeInterval = ss is null || r.Count < 20 ? null : SharpeInterval(r, options),
                Haircut = ss is null ? null : HaircutSharpe.Bonferroni(ss.Sharpe * Math.Sqrt(options.PeriodsPerYear), ss.Observations, options.PeriodsPerYear, Math.Max(trials, 1)),
            });
        }

        return new TearSheetReport { Input = input, Strategies = reports, Benchmark = benchmark, Trials = trials, Attribution = Attribution.StrategyAttribution.For(input.Attribution, returns, options.PeriodsPerYear) };
    }

    /// <summary>
    /// Builds the report and writes <see cref="HtmlFile"/>, <see cref="JsonFile"/> and <see cref="CsvFile"/> into
    /// <paramref name="directory"/> (created if missing), plus <see cref="PortfolioSection"/>'s files when the input has a
    /// portfolio. Returns the computed report.
    /// </summary>
    public static TearSheetReport Write(ReportInput input, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        TearSheetReport report = Build(input);
        Directory.CreateDirectory(directory);
        if (input.Portfolio is { } portfolio)
        {
            PortfolioSection.WriteFiles(portfolio, directory);
        }

        File.WriteAllText(Path.Combine(directory, HtmlFile), TearSheetHtml.Render(report));
        File.WriteAllText(Path.Combine(directory, JsonFile), MetricsExport.ToJson(report));
        File.WriteAllText(Path.Combine(directory, CsvFile), MetricsExport.ToCsv(report));
        return report;
    }

    private static BootstrapInterval SharpeInterval(ReturnSeries r, PerformanceOptions options)
    {
        double rf = options.RiskFreePerPeriod, p = options.PeriodsPerYear;
        double estimate = OptimalBlockLength.Estimate(r.Values).Stationary;
        double block = double.IsFinite(estimate) ? Math.Clamp(estimate, 1.0, r.Count) : 1.0;
        return BootstrapConfidence.Interval(r.Values, x => ReturnMetrics.SharpeRatio(x, rf, p), block, BlockBootstrapMethod.Stationary, 500, 0.95, seed: 20240601);
    }

    private static SharpeStatistics? TrySharpeStatistics(ReturnSeries r, double riskFreePerPeriod)
    {
        if (r.Count < 2 || double.IsNaN(ReturnMetrics.SharpeRatio(r.Values, riskFreePerPeriod, 1.0)))
        {
            return null;
        }

        return SharpeStatistics.Of(r.Values, riskFreePerPeriod);
    }

    private static double[] RollingBetaOnStrategyDates(ReturnSeries strategy, ReturnSeries benchmark, int window)
    {
        AlignedReturns aligned = AlignedReturns.Align(strategy, benchmark);
        double[] beta = aligned.Strategy.Count >= window
            ? RollingMetrics.Beta(aligned.Strategy.Values, aligned.Benchmark.Values, window)
            : [.. Enumerable.Repeat(double.NaN, aligned.Strategy.Count)];
        var byDate = new Dictionary<DateTimeOffset, double>(aligned.Strategy.Count);
        for (int i = 0; i < beta.Length; i++)
        {
            byDate[aligned.Strategy.Dates[i]] = beta[i];
        }

        var result = new double[strategy.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = byDate.TryGetValue(strategy.Dates[i], out double b) ? b : double.NaN;
        }

        return result;
    }
}
