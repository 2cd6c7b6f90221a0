using Bastion.Analytics.Performance;
using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports;

/// <summary>The metric table shared by the HTML, JSON and CSV outputs, so all three carry the same numbers.</summary>
internal static class MetricRows
{
    public const string Returns = "Returns and risk";
    public const string Relative = "Against the benchmark";
    public const string Rigor = "Statistical rigor";
    public const string TradeSection = "Trades";

    public static List<MetricRow> For(TearSheetReport report)
    {
        IReadOnlyList<StrategyReport> s = report.Strategies;
        double sqrtP = Math.Sqrt(report.Input.Options.PeriodsPerYear);
        var rows = new List<MetricRow>();
        void Add(string section, string key, string label, MetricFormat format, Func<StrategyReport, double> value)
            => rows.Add(new MetricRow(section, key, label, format, [.. s.Select(value)]));

        Add(Returns, "cumulativeReturn", "Cumulative return", MetricFormat.Percent, x => x.Metrics.CumulativeReturn);
        Add(Returns, "annualReturn", "Annual return (CAGR)", MetricFormat.Percent, x => x.Metrics.AnnualReturn);
        Add(Returns, "annualVolatility", "Annual volatility", MetricFormat.Percent, x => x.Metrics.AnnualVolatility);
        Add(Returns, "sharpeRatio", "Sharpe ratio", MetricFormat.Ratio, x => x.Metrics.SharpeRatio);
        Add(Returns, "sortinoRatio", "Sortino ratio", MetricFormat.Ratio, x => x.Metrics.SortinoRatio);
        Add(Returns, "calmarRatio", "Calmar ratio", MetricFormat.Ratio, x => x.Metrics.CalmarRatio);
        Add(Returns, "omegaRatio", "Omega ratio", MetricFormat.Ratio, x => x.Metrics.OmegaRatio);
        Add(Returns, "maxDrawdown", "Max drawdown", MetricFormat.Percent, x => x.Metrics.MaxDrawdown);
        Add(Returns, "maxDrawdownDuration", "Max drawdown duration (periods)", MetricFormat.Count, x => x.Metrics.MaxDrawdownPeriod?.DurationPeriods ?? 0);
        Add(Returns, "downsideRisk", "Downside risk", MetricFormat.Percent, x => x.Metrics.DownsideRisk);
        Add(Returns, "stability", "Stability (R²)", MetricFormat.Ratio, x => x.Metrics.Stability);
        Add(Returns, "tailRatio", "Tail ratio", MetricFormat.Ratio, x => x.Metrics.TailRatio);
        Add(Returns, "skewness", "Skewness", MetricFormat.Ratio, x => x.Metrics.Skewness);
        Add(Returns, "excessKurtosis", "Excess kurtosis", MetricFormat.Ratio, x => x.Metrics.ExcessKurtosis);
        Add(Returns, "valueAtRisk", "Daily VaR (95%, historical)", MetricFormat.Percent, x => x.Metrics.ValueAtRisk);
        Add(Returns, "conditionalValueAtRisk", "Daily CVaR (95%, historical)", MetricFormat.Percent, x => x.Metrics.ConditionalValueAtRisk);
        Add(Returns, "bestPeriod", "Best period", MetricFormat.Percent, x => x.Metrics.BestPeriod);
        Add(Returns, "worstPeriod", "Worst period", MetricFormat.Percent, x => x.Metrics.WorstPeriod);
        Add(Returns, "positivePeriods", "Positive periods", MetricFormat.Percent, x => x.Metrics.PositivePeriods);

        if (report.Benchmark is not null)
        {
            double B(StrategyReport x, Func<BenchmarkComparison, double> f) => x.Metrics.Benchmark is { } b ? f(b) : double.NaN;
            Add(Relative, "benchmarkAnnualReturn", "Benchmark annual return", MetricFormat.Percent, x => B(x, b => b.BenchmarkAnnualReturn));
            Add(Relative, "excessAnnualReturn", "Excess annual return", MetricFormat.Percent, x => B(x, b => b.ExcessAnnualReturn));
            Add(Relative, "alpha", "Alpha (annualized)", MetricFormat.Percent, x => B(x, b => b.Alpha));
            Add(Relative, "beta", "Beta", MetricFormat.Ratio, x => B(x, b => b.Beta));
            Add(Relative, "correlation", "Correlation", MetricFormat.Ratio, x => B(x, b => b.Correlation));
            Add(Relative, "informationRatio", "Information ratio", MetricFormat.Ratio, x => B(x, b => b.InformationRatio));
            Add(Relative, "trackingError", "Tracking error", MetricFormat.Percent, x => B(x, b => b.TrackingError));
            Add(Relative, "upCapture", "Up capture", MetricFormat.Ratio, x => B(x, b => b.UpCapture));
            Add(Relative, "downCapture", "Down capture", MetricFormat.Ratio, x => B(x, b => b.DownCapture));
        }

        Add(Rigor, "probabilisticSharpe", "Probabilistic Sharpe PSR(0)", MetricFormat.Probability, x => x.ProbabilisticSharpe);
        Add(Rigor, "sharpeCiLower", "Sharpe 95% CI, lower (stationary bootstrap)", MetricFormat.Ratio, x => x.SharpeInterval?.Lower ?? double.NaN);
        Add(Rigor, "sharpeCiUpper", "Sharpe 95% CI, upper (stationary bootstrap)", MetricFormat.Ratio, x => x.SharpeInterval?.Upper ?? double.NaN);
        Add(Rigor, "deflatedSharpe", "Deflated Sharpe (DSR)", MetricFormat.Probability, x => x.Deflated?.Probability ?? double.NaN);
        Add(Rigor, "expectedMaxSharpe", "Expected max Sharpe of trials (annualized)", MetricFormat.Ratio, x => (x.Deflated?.ExpectedMaximumSharpe ?? double.NaN) * sqrtP);
        Add(Rigor, "minimumTrackRecord", "Min track record, 95% (periods)", MetricFormat.Count, x => Math.Ceiling(x.MinimumTrackRecordLength));
        Add(Rigor, "haircutSharpe", "Haircut Sharpe (Bonferroni)", MetricFormat.Ratio, x => x.Haircut?.HaircutSharpe ?? double.NaN);
        Add(Rigor, "signTestPValue", "Sign test p-value", MetricFormat.Probability, x => x.SignTest.PValue);

        double T(StrategyReport x, Func<TradeStatistics, double> f) => f(x.TradeStatistics);
        Add(TradeSection, "trades", "Trades", MetricFormat.Count, x => x.TradeStatistics.Trades);
        Add(TradeSection, "winRate", "Win rate", MetricFormat.Percent, x => T(x, t => t.WinRate));
        Add(TradeSection, "profitFactor", "Profit factor", MetricFormat.Ratio, x => T(x, t => t.ProfitFactor));
        Add(TradeSection, "expectancy", "Expectancy per trade", MetricFormat.Money, x => T(x, t => t.Expectancy));
        Add(TradeSection, "averageWin", "Average win", MetricFormat.Money, x => T(x, t => t.AverageWin));
        Add(TradeSection, "averageLoss", "Average loss", MetricFormat.Money, x => T(x, t => t.AverageLoss));
        Add(TradeSection, "largestWin", "Largest win", MetricFormat.Money, x => T(x, t => t.LargestWin));
        Add(TradeSection, "largestLoss", "Largest loss", MetricFormat.Money, x => T(x, t => t.LargestLoss));
        Add(TradeSection, "averageHoldingDays", "Average holding time (days)", MetricFormat.Days, x => x.TradeStatistics.AverageHoldingTime.TotalDays);
        Add(TradeSection, "averageMae", "Average MAE", MetricFormat.Percent, x => T(x, t => t.AverageMae));
        Add(TradeSection, "averageMfe", "Average MFE", MetricFormat.Percent, x => T(x, t => t.AverageMfe));
        Add(TradeSection, "exposure", "Exposure (time in market)", MetricFormat.Percent, x => T(x, t => t.Exposure));
        Add(TradeSection, "annualTurnover", "Annual turnover (one-way)", MetricFormat.Ratio, x => T(x, t => t.AnnualTurnover));
        return rows;
    }
}
