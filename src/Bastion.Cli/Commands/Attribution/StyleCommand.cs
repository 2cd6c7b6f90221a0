using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Attribution;
using Bastion.Analytics.Series;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Attribution;

/// <summary><c>bastion attribution style</c>: Sharpe (1992) returns-based style analysis.</summary>
internal static class StyleCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "CSV: a date column, then simple returns (0.01 = 1%)", Required = true };
        var column = new Option<string?>("--column") { Description = "Return column (default: the first)" };
        var styles = new Option<string>("--styles") { Description = "Style-index returns, wide CSV: date,<style 1>,<style 2>,... (simple returns)", Required = true };
        var percent = new Option<bool>("--percent") { Description = "Style returns are in percent: divide by 100" };
        var window = new Option<int?>("--window") { Description = "Rolling window in periods (also fit every trailing window)" };
        var periods = new Option<double>("--periods-per-year") { Description = "Annualization of the tracking volatility. Default 252", DefaultValueFactory = _ => 252 };
        var format = CommonOptions.Format();
        var command = new Command("style", """
            Returns-based style analysis (Sharpe 1992): style weights >= 0 summing to 1 that minimize the variance of the tracking difference; style R²; optional rolling window.
            Example: bastion attribution style --returns data/samples/attribution/strategy_returns.csv --column EQW5 --styles data/samples/attribution/style_indexes.csv --window 252
            """)
        {
            returns, column, styles, percent, window, periods, format,
        };
        command.SetAction(parse =>
        {
            string s = parse.GetValue(styles)!;
            ReturnSeries series = AttributionCommand.ReadReturns(parse.GetValue(returns)!, parse.GetValue(column));
            ReturnPanel panel = AttributionCommand.Guard(() => ReturnPanelFile.Read(s, parse.GetValue(percent)), $"--styles {s}");
            double ppy = parse.GetValue(periods);
            if (!(ppy > 0) || !double.IsFinite(ppy))
            {
                throw new CliUsageException("--periods-per-year: must be positive");
            }

            int? w = parse.GetValue(window);
            StyleAnalysisResult r = AttributionCommand.Guard(() => StyleAnalysis.Compute(series, panel, w, ppy), w is null ? $"--styles {s}" : "--window");
            Write(context, parse.GetValue(format), r);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, StyleAnalysisResult r)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    name = r.Name,
                    observations = r.Observations,
                    droppedFundDates = r.DroppedFundDates,
                    droppedStyleDates = r.DroppedStyleDates,
                    weights = r.Styles.Select((name, i) => new { style = name, weight = r.Full.Weights[i] }),
                    rSquared = r.Full.RSquared,
                    annualTrackingVolatility = r.AnnualTrackingVolatility,
                    meanTrackingDifference = r.MeanTrackingDifference,
                    rolling = r.Rolling.Select(x => new { date = x.Date, weights = x.Weights, rSquared = x.RSquared }),
                });
                break;
            case OutputFormat.Csv:
                // One row per window end (the whole sample first, as 'all'): date,<styles…>,rSquared.
                Output.WriteCsv(context.Out, ["window_end", .. r.Styles, "rSquared"],
                    r.Rolling.Select(x => Row(x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x)).Prepend(Row("all", r.Full)));
                break;
            default:
                Output.WriteTable(context.Out, ["Style", "Weight"], r.Styles.Select((name, i) => (IReadOnlyList<string>)[name, Output.Percent(r.Full.Weights[i])]));
                context.Out.WriteLine($"{r.Name}: {r.Observations} periods; style R² {Output.Number(r.Full.RSquared, 4)}; tracking volatility {Output.Percent(r.AnnualTrackingVolatility)} a year; mean tracking difference {Output.Number(r.MeanTrackingDifference, 4)} per period");
                if (r.Rolling.Count > 0)
                {
                    StyleWeights last = r.Rolling[^1];
                    context.Out.WriteLine($"rolling: {r.Rolling.Count} windows; last ({last.Date:yyyy-MM-dd}): {string.Join(", ", r.Styles.Select((n, i) => $"{n} {Output.Percent(last.Weights[i])}"))}, R² {Output.Number(last.RSquared, 4)}; every window with --format csv or json");
                }

                if (r.DroppedFundDates + r.DroppedStyleDates > 0)
                {
                    context.Out.WriteLine($"note: aligned on {r.Observations} common dates; dropped {r.DroppedFundDates} return date(s) and {r.DroppedStyleDates} style date(s)");
                }

                break;
        }
    }

    private static IReadOnlyList<string> Row(string label, StyleWeights w)
        => [label, .. w.Weights.Select(AttributionCommand.Raw), AttributionCommand.Raw(w.RSquared)];
}
