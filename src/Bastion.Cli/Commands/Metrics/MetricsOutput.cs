using System.Globalization;
using Bastion.Analytics.Performance;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Metrics;

/// <summary>Writes <see cref="PerformanceMetrics"/> of one or more series as a table, JSON or CSV.</summary>
internal static class MetricsOutput
{
    private sealed record Row(string Key, string Label, bool Percent, Func<PerformanceMetrics, double> Value);

    private static readonly Row[] s_rows =
    [
        new("observations", "Observations", false, m => m.Observations),
        new("cumulativeReturn", "Cumulative return", true, m => m.CumulativeReturn),
        new("annualReturn", "Annual return (CAGR)", true, m => m.AnnualReturn),
        new("annualVolatility", "Annual volatility", true, m => m.AnnualVolatility),
        new("sharpeRatio", "Sharpe ratio", false, m => m.SharpeRatio),
        new("sortinoRatio", "Sortino ratio", false, m => m.SortinoRatio),
        new("downsideRisk", "Downside risk", true, m => m.DownsideRisk),
        new("calmarRatio", "Calmar ratio", false, m => m.CalmarRatio),
        new("omegaRatio", "Omega ratio", false, m => m.OmegaRatio),
        new("maxDrawdown", "Max drawdown", true, m => m.MaxDrawdown),
        new("maxDrawdownDuration", "Max drawdown duration (periods)", false, m => m.MaxDrawdownPeriod?.DurationPeriods ?? 0),
        new("tailRatio", "Tail ratio", false, m => m.TailRatio),
        new("skewness", "Skewness", false, m => m.Skewness),
        new("excessKurtosis", "Excess kurtosis", false, m => m.ExcessKurtosis),
        new("valueAtRisk", "VaR 95% (historical, loss)", true, m => m.ValueAtRisk),
        new("conditionalValueAtRisk", "CVaR 95% (historical, loss)", true, m => m.ConditionalValueAtRisk),
        new("stability", "Stability (R^2)", false, m => m.Stability),
        new("alpha", "Alpha (annualized)", true, m => m.Benchmark?.Alpha ?? double.NaN),
        new("beta", "Beta", false, m => m.Benchmark?.Beta ?? double.NaN),
        new("informationRatio", "Information ratio", false, m => m.Benchmark?.InformationRatio ?? double.NaN),
        new("trackingError", "Tracking error", true, m => m.Benchmark?.TrackingError ?? double.NaN),
        new("upCapture", "Up capture", false, m => m.Benchmark?.UpCapture ?? double.NaN),
        new("downCapture", "Down capture", false, m => m.Benchmark?.DownCapture ?? double.NaN),
        new("excessAnnualReturn", "Excess annual return", true, m => m.Benchmark?.ExcessAnnualReturn ?? double.NaN),
    ];

    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<PerformanceMetrics> results)
    {
        bool hasBenchmark = results.Any(r => r.Benchmark is not null);
        Row[] rows = hasBenchmark ? s_rows : [.. s_rows.Where(r => !IsRelative(r.Key))];
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, results.Select(r => Json(r, rows)).ToList());
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["metric", .. results.Select(r => r.Name)],
                    rows.Select(row => (IReadOnlyList<string>)[row.Key, .. results.Select(r => Raw(row.Value(r)))]));
                break;
            default:
                Output.WriteTable(context.Out, ["Metric", .. results.Select(r => r.Name)],
                    rows.Select(row => (IReadOnlyList<string>)[row.Label, .. results.Select(r => Display(row, r))]));
                foreach (PerformanceMetrics r in results)
                {
                    foreach (KeyValuePair<string, string> kv in r.Undefined)
                    {
                        context.Out.WriteLine($"note: {r.Name}: {kv.Key} is undefined: {kv.Value}");
                    }

                    if (r.Benchmark is { } b && b.DroppedFromStrategy.Count + b.DroppedFromBenchmark.Count > 0)
                    {
                        context.Out.WriteLine($"note: {r.Name}: aligned with benchmark {b.Name} on {b.Observations} common dates; dropped {b.DroppedFromStrategy.Count} strategy date(s) and {b.DroppedFromBenchmark.Count} benchmark date(s)");
                    }
                }

                break;
        }
    }

    private static bool IsRelative(string key)
        => key is "alpha" or "beta" or "informationRatio" or "trackingError" or "upCapture" or "downCapture" or "excessAnnualReturn";

    private static string Display(Row row, PerformanceMetrics m)
    {
        double v = row.Value(m);
        if (double.IsNaN(v))
        {
            return "undefined";
        }

        return row.Percent ? Output.Percent(v) : row.Key is "observations" or "maxDrawdownDuration" ? Output.Number(v, 10) : v.ToString("F4", CultureInfo.InvariantCulture);
    }

    private static string Raw(double v) => double.IsNaN(v) ? string.Empty : v.ToString("R", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Json(PerformanceMetrics m, Row[] rows)
    {
        var metrics = rows.ToDictionary(r => r.Key, r => double.IsNaN(r.Value(m)) ? null : (object?)r.Value(m));
        return new Dictionary<string, object?>
        {
            ["name"] = m.Name,
            ["start"] = m.Start,
            ["end"] = m.End,
            ["periodsPerYear"] = m.PeriodsPerYear,
            ["metrics"] = metrics,
            ["maxDrawdownPeriod"] = m.MaxDrawdownPeriod,
            ["undefined"] = m.Undefined,
            ["benchmark"] = m.Benchmark is { } b
                ? new Dictionary<string, object?>
                {
                    ["name"] = b.Name,
                    ["observations"] = b.Observations,
                    ["droppedStrategyDates"] = b.DroppedFromStrategy,
                    ["droppedBenchmarkDates"] = b.DroppedFromBenchmark,
                }
                : null,
        };
    }
}
