using Bastion.Analytics.Performance;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>Prints one or several backtests side by side: a table for people, JSON or CSV for scripts.</summary>
internal static class BacktestOutput
{
    private static readonly (string Label, Func<BacktestRunner.Outcome, PerformanceMetrics, string> Value)[] s_rows =
    [
        ("Total return", (o, m) => Output.Percent(m.CumulativeReturn)),
        ("Annual return", (o, m) => Output.Percent(m.AnnualReturn)),
        ("Annual volatility", (o, m) => Output.Percent(m.AnnualVolatility)),
        ("Sharpe", (o, m) => Output.Number(m.SharpeRatio, 3)),
        ("Sortino", (o, m) => Output.Number(m.SortinoRatio, 3)),
        ("Max drawdown", (o, m) => Output.Percent(m.MaxDrawdown)),
        ("Max DD duration (periods)", (o, m) => (m.MaxDrawdownPeriod?.DurationPeriods ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Calmar", (o, m) => Output.Number(m.CalmarRatio, 3)),
        ("Trades", (o, m) => o.Result.Trades.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Win rate", (o, m) => o.Result.Trades.Count == 0 ? "-" : Output.Percent(o.Result.Trades.Count(t => t.Pnl > 0) / (double)o.Result.Trades.Count)),
        ("Profit factor", (o, m) => ProfitFactor(o)),
        ("Costs paid", (o, m) => o.Result.TotalCosts.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)),
        ("Final equity", (o, m) => o.Result.FinalEquity.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<BacktestRunner.Outcome> outcomes, IReadOnlyList<PerformanceMetrics> metrics, string? folder)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    runs = outcomes.Select((o, i) => new
                    {
                        strategy = o.Run.Name,
                        parameters = o.Spec.Parameters,
                        metrics = metrics[i],
                        trades = o.Result.Trades.Count,
                        orders = o.Result.Orders.Count,
                        totalCosts = o.Result.TotalCosts,
                        finalEquity = o.Result.FinalEquity,
                        orderListHash = o.Result.OrderListHash,
                        barsProcessed = o.Result.BarsProcessed,
                        notes = o.Notes,
                    }),
                    output = folder,
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["metric", .. outcomes.Select(o => o.Run.Name)], Rows(outcomes, metrics));
                break;
            default:
                Output.WriteTable(context.Out, ["", .. outcomes.Select(o => o.Run.Name)], Rows(outcomes, metrics));
                foreach (string note in outcomes.SelectMany(o => o.Notes))
                {
                    context.Out.WriteLine("note: " + note);
                }

                if (folder is not null)
                {
                    context.Out.WriteLine($"report: {Path.Combine(folder, Analytics.Reports.TearSheet.HtmlFile)}");
                }

                break;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<BacktestRunner.Outcome> outcomes, IReadOnlyList<PerformanceMetrics> metrics)
        => s_rows.Select(r => (IReadOnlyList<string>)[r.Label, .. outcomes.Select((o, i) => r.Value(o, metrics[i]))]);

    private static string ProfitFactor(BacktestRunner.Outcome o)
    {
        decimal wins = o.Result.Trades.Where(t => t.Pnl > 0).Sum(t => t.Pnl);
        decimal losses = -o.Result.Trades.Where(t => t.Pnl < 0).Sum(t => t.Pnl);
        return losses == 0 ? "-" : Output.Number((double)(wins / losses), 3);
    }
}
