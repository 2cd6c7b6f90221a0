using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bastion.Analytics.Drawdowns;

namespace Bastion.Analytics.Reports;

/// <summary>
/// The tear sheet's numbers as JSON and CSV. Numbers are raw fractions (not percentages); an undefined (NaN) value
/// is JSON <c>null</c> with its reason under <c>undefined</c>, and an empty CSV cell.
/// </summary>
public static class MetricsExport
{
    /// <summary>The report as indented JSON: conventions, then one object per strategy.</summary>
    public static string ToJson(TearSheetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<MetricRow> rows = MetricRows.For(report);
        var strategies = new JsonArray();
        for (int i = 0; i < report.Strategies.Count; i++)
        {
            StrategyReport s = report.Strategies[i];
            var metrics = new JsonObject();
            foreach (MetricRow row in rows)
            {
                metrics[row.Key] = Number(row.Values[i]);
            }

            var undefined = new JsonObject();
            foreach (KeyValuePair<string, string> kv in s.Metrics.Undefined)
            {
                undefined[kv.Key] = kv.Value;
            }

            var drawdowns = new JsonArray();
            foreach (DrawdownPeriod d in s.WorstDrawdowns)
            {
                drawdowns.Add(new JsonObject
                {
                    ["peak"] = d.PeakDate.ToString("O", CultureInfo.InvariantCulture),
                    ["valley"] = d.ValleyDate.ToString("O", CultureInfo.InvariantCulture),
                    ["recovery"] = d.RecoveryDate?.ToString("O", CultureInfo.InvariantCulture),
                    ["depth"] = Number(d.Depth),
                    ["durationPeriods"] = d.DurationPeriods,
                });
            }

            var annual = new JsonObject();
            foreach (PeriodReturn a in s.Annual)
            {
                annual[a.Year.ToString(CultureInfo.InvariantCulture)] = Number(a.Return);
            }

            strategies.Add(new JsonObject
            {
                ["name"] = s.Run.Name,
                ["start"] = s.Metrics.Start.ToString("O", CultureInfo.InvariantCulture),
                ["end"] = s.Metrics.End.ToString("O", CultureInfo.InvariantCulture),
                ["observations"] = s.Metrics.Observations,
                ["metrics"] = metrics,
                ["undefined"] = undefined,
                ["droppedBenchmarkDates"] = s.Metrics.Benchmark?.DroppedFromStrategy.Count,
                ["worstDrawdowns"] = drawdowns,
                ["annualReturns"] = annual,
            });
        }

        var root = new JsonObject
        {
            ["title"] = report.Input.Title,
            ["periodsPerYear"] = report.Input.Options.PeriodsPerYear,
            ["riskFreeRate"] = report.Input.Options.RiskFreeRate,
            ["requiredReturn"] = report.Input.Options.RequiredReturn,
            ["benchmark"] = report.Benchmark?.Name,
            ["trials"] = report.Trials,
            ["strategies"] = strategies,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The metric table as CSV: <c>section,metric,&lt;strategy 1&gt;,…</c>, invariant culture, round-trip precision.</summary>
    public static string ToCsv(TearSheetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("section,metric");
        foreach (StrategyReport s in report.Strategies)
        {
            sb.Append(',').Append(Escape(s.Run.Name));
        }

        sb.Append('\n');
        foreach (MetricRow row in MetricRows.For(report))
        {
            sb.Append(Escape(row.Section)).Append(',').Append(row.Key);
            foreach (double v in row.Values)
            {
                sb.Append(',');
                if (!double.IsNaN(v))
                {
                    sb.Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static JsonNode? Number(double v)
        => double.IsNaN(v) ? null : double.IsInfinity(v) ? JsonValue.Create(v > 0 ? "Infinity" : "-Infinity") : JsonValue.Create(v);

    private static string Escape(string field)
        => field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
