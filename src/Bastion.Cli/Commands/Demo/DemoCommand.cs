using System.CommandLine;
using System.Diagnostics;
using Bastion.Analytics.Reports;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Commands.Backtest;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Csv;

namespace Bastion.Cli.Commands.Demo;

/// <summary>
/// <c>bastion demo</c>, the main job: several built-in strategies side by side on the bundled real data (NVDA, ORCL,
/// YHOO daily, split- and dividend-adjusted), with commissions and slippage, against SPY, plus portfolio construction
/// on the bundled 20-stock sample (<see cref="DemoPortfolio"/>); prints a comparison and writes the HTML tear sheet,
/// metrics, portfolio numbers and every run's files into one folder.
/// </summary>
internal static class DemoCommand
{
    private static readonly (string Label, string Strategy, Dictionary<string, string> Parameters)[] s_runs =
    [
        ("buy-and-hold", "buy-and-hold", []),
        ("equal-weight", "equal-weight", []),
        ("sma-cross 50/200", "sma-cross", new() { ["fast"] = "50", ["slow"] = "200" }),
        ("momentum 126d top 1", "momentum", new() { ["lookback"] = "126", ["top"] = "1" }),
    ];

    public static Command Create(CliContext context)
    {
        var outDir = new Option<string?>("--out") { Description = "Folder to write (default bastion-output/demo-<time>)" };
        var samples = new Option<string?>("--samples") { Description = "Folder with the sample files (default: the ones shipped with bastion)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("demo", """
            Run several built-in strategies side by side on bundled real daily data (NVDA, ORCL, YHOO 1999-2014) with costs,
            optimize five portfolios and the efficient frontier of a bundled 20-stock sample, print a comparison, and write an
            offline HTML tear sheet and JSON/CSV results.
            Example: bastion demo
            Example: bastion demo --out my-demo --format json
            """)
        {
            outDir, samples, format,
        };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(samples) ?? SamplesFolder();
            string[] files = ["NVDA-daily-1999-2014.csv", "ORCL-daily-1995-2014.csv", "YHOO-daily-1996-2015.csv"];
            (string, string)[] data = [.. files.Select(f => BacktestCommand.ParseData(Path.Combine(folder, f)))];
            var start = new DateOnly(1999, 2, 1);
            var end = new DateOnly(2014, 12, 31);
            OutputFormat fmt = parse.GetValue(format);
            var outcomes = new List<BacktestRunner.Outcome>();
            foreach ((string label, string strategy, Dictionary<string, string> parameters) in s_runs)
            {
                long t0 = Stopwatch.GetTimestamp();
                BacktestRunner.Outcome outcome = BacktestRunner.Run(new BacktestSpec
                {
                    Strategy = strategy,
                    Label = label,
                    Parameters = parameters,
                    Data = data,
                    Start = start,
                    End = end,
                    Cash = 100_000m,
                    CommissionPerShare = 0.005m,
                    CommissionMinimum = 1m,
                    SlippageBps = 5m,
                });
                outcomes.Add(outcome);
                if (fmt == OutputFormat.Table)
                {
                    context.Out.WriteLine($"ran {label,-22} {outcome.Result.BarsProcessed,6} bars, {outcome.Result.Orders.Count,4} orders in {Stopwatch.GetElapsedTime(t0).TotalMilliseconds,6:F0} ms");
                }
            }

            long tp = Stopwatch.GetTimestamp();
            PortfolioReport portfolio = DemoPortfolio.Build(folder);
            if (fmt == OutputFormat.Table)
            {
                context.Out.WriteLine($"ran {"portfolio construction",-22} {portfolio.Symbols.Count,6} assets, {portfolio.Portfolios.Count} portfolios, {portfolio.Frontier.Count}-point frontier in {Stopwatch.GetElapsedTime(tp).TotalMilliseconds,6:F0} ms");
            }

            var report = new ReportInput
            {
                Title = "Bastion demo: NVDA, ORCL, YHOO daily 1999–2014, commissions $0.005/share (min $1) and 5 bps slippage",
                Strategies = [.. outcomes.Select(o => o.Run)],
                Benchmark = Spy(Path.Combine(folder, "spy_prices.csv"), start, end),
                Portfolio = portfolio,
            };
            string target = parse.GetValue(outDir) ?? Path.Combine("bastion-output", $"demo-{context.Clock.GetUtcNow():yyyyMMdd-HHmmss}");
            var info = new
            {
                title = report.Title,
                periodsPerYear = 252,
                start,
                end,
                data = data.Select(d => new { symbol = d.Item1, path = d.Item2 }),
                runs = outcomes.Select(o => new { name = o.Run.Name, strategy = o.Spec.Strategy, parameters = o.Spec.Parameters, orderListHash = o.Result.OrderListHash }),
            };
            (string written, TearSheetReport built) = RunWriter.Write(target, report, outcomes, () => info);
            if (fmt == OutputFormat.Table)
            {
                context.Out.WriteLine();
                DemoPortfolio.WriteSummary(context.Out, portfolio);
                context.Out.WriteLine();
            }

            BacktestOutput.Write(context, fmt, outcomes, [.. built.Strategies.Select(s => s.Metrics)], written);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static BenchmarkCurve Spy(string path, DateOnly start, DateOnly end)
    {
        PriceMatrix prices = WidePriceReader.Read(path);
        var times = new List<DateTimeOffset>();
        var levels = new List<double>();
        ReadOnlySpan<double> spy = prices.Column("SPY");
        for (int i = 0; i < prices.RowCount; i++)
        {
            DateOnly d = prices.Dates[i];
            if (d >= start && d <= end && !double.IsNaN(spy[i]))
            {
                // Bars end at the next midnight UTC; the benchmark point of a day is the same instant as the equity point.
                times.Add(new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
                levels.Add(spy[i]);
            }
        }

        return new BenchmarkCurve("SPY", times, levels);
    }

    private static string SamplesFolder()
    {
        string shipped = Path.Combine(AppContext.BaseDirectory, "samples");
        if (Directory.Exists(shipped))
        {
            return shipped;
        }

        return Directory.Exists(Path.Combine("data", "samples"))
            ? Path.Combine("data", "samples")
            : throw new CliUsageException($"sample data not found in {shipped} or ./data/samples; pass --samples FOLDER");
    }
}
