using System.Globalization;
using System.Text;
using System.Text.Json;
using Bastion.Analytics.Reports;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Orders;
using Bastion.Engine.Results;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>
/// Writes run directories (the layout <c>bastion report --run</c> reads: equity.csv, trades.csv, benchmark.csv,
/// run.json; plus orders.csv and the tear sheet). Everything is written into a fresh sibling folder that is renamed into
/// place at the end, so a failed run leaves nothing behind and an existing folder is never half-overwritten.
/// </summary>
internal static class RunWriter
{
    /// <summary>Writes the run folder; returns the folder as the caller named it, and the computed report.</summary>
    public static (string Folder, TearSheetReport Report) Write(string directory, ReportInput report, IReadOnlyList<BacktestRunner.Outcome> outcomes, object runInfo)
    {
        string target = Path.GetFullPath(directory);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new CliUsageException($"{directory}: output folder exists and is not empty; choose another --out or remove it");
        }

        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, "." + Path.GetFileName(target) + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            WriteEquity(Path.Combine(staging, RunDirectory.EquityFile), report.Strategies);
            WriteTrades(Path.Combine(staging, RunDirectory.TradesFile), report.Strategies);
            WriteOrders(Path.Combine(staging, "orders.csv"), outcomes);
            if (report.Benchmark is BenchmarkCurve benchmark)
            {
                WriteBenchmark(Path.Combine(staging, RunDirectory.BenchmarkFile), benchmark);
            }

            File.WriteAllText(Path.Combine(staging, RunDirectory.RunFile), JsonSerializer.Serialize(runInfo, Output.JsonOptions));
            TearSheetReport built = TearSheet.Write(report, staging);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            return (directory, built);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static void WriteEquity(string path, IReadOnlyList<StrategyRun> runs)
    {
        // One column per strategy on the union of timestamps; a strategy without a point at a time repeats its last value.
        DateTimeOffset[] times = [.. runs.SelectMany(r => r.Timestamps).Distinct().Order()];
        var sb = new StringBuilder("timestamp," + string.Join(',', runs.Select(r => r.Name)) + "\n");
        int[] cursor = new int[runs.Count];
        foreach (DateTimeOffset t in times)
        {
            sb.Append(Stamp(t));
            for (int s = 0; s < runs.Count; s++)
            {
                StrategyRun run = runs[s];
                while (cursor[s] + 1 < run.Timestamps.Count && run.Timestamps[cursor[s] + 1] <= t)
                {
                    cursor[s]++;
                }

                sb.Append(',').Append(run.Equity[cursor[s]].ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static void WriteTrades(string path, IReadOnlyList<StrategyRun> runs)
    {
        var sb = new StringBuilder("strategy,symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,return,mae,mfe\n");
        foreach (StrategyRun run in runs)
        {
            foreach (Analytics.Trades.TradeRecord t in run.Trades)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{run.Name},{t.Symbol},{Stamp(t.EntryTime)},{Stamp(t.ExitTime)},{R(t.EntryPrice)},{R(t.ExitPrice)},{R(t.Quantity)},{R(t.Pnl)},{R(t.Return)},{R(t.Mae)},{R(t.Mfe)}\n");
            }
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static void WriteOrders(string path, IReadOnlyList<BacktestRunner.Outcome> outcomes)
    {
        var sb = new StringBuilder("strategy,id,submitted,symbol,side,type,quantity,status,filled_quantity,average_fill_price,commission,reason\n");
        foreach (BacktestRunner.Outcome o in outcomes)
        {
            foreach (Order order in o.Result.Orders)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{o.Run.Name},{order.Id},{Stamp(order.SubmittedAt)},{order.Request.Symbol},{order.Request.Side},{order.Request.Type},{order.Request.Quantity},{order.Status},{order.FilledQuantity},{order.AverageFillPrice},{order.Commission},\"{order.Reason.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
            }
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static void WriteBenchmark(string path, BenchmarkCurve benchmark)
    {
        var sb = new StringBuilder("timestamp," + benchmark.Name + "\n");
        for (int i = 0; i < benchmark.Timestamps.Count; i++)
        {
            sb.Append(Stamp(benchmark.Timestamps[i])).Append(',').Append(R(benchmark.Levels[i])).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
