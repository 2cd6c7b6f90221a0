using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Bastion.Analytics.Reports;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Orders;
using Bastion.Core.Text;
using Bastion.Engine.Results;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>
/// Writes run directories (the layout <c>bastion report --run</c> reads: equity.csv, trades.csv, benchmark.csv,
/// run.json; plus orders.csv and the tear sheet). Everything is written into a fresh sibling folder that is renamed into
/// place at the end, so a failed run leaves nothing behind and an existing folder is never half-overwritten.
/// </summary>
internal static class RunWriter
{
    /// <summary>
    /// Writes the run folder; returns the folder as the caller named it, and the computed report. <paramref name="runInfo"/>
    /// makes run.json's object; it is called while the other files are written, so what it reads first (the order-list
    /// hashes, computed on first read) is computed in parallel with them.
    /// </summary>
    public static (string Folder, TearSheetReport Report) Write(string directory, ReportInput report, IReadOnlyList<BacktestRunner.Outcome> outcomes, Func<object> runInfo)
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
            // The CSV files, run.json and the tear sheet are independent: write them in parallel. Each file has one
            // writer, so the bytes are the same as in sequence; a failure is rethrown as itself, in that order of precedence.
            TearSheetReport? built = null;
            ExceptionDispatchInfo? filesError = null, infoError = null, sheetError = null;
            Parallel.Invoke(
                () => filesError = Capture(() => WriteFiles(staging, report, outcomes)),
                () => infoError = Capture(() => File.WriteAllText(Path.Combine(staging, RunDirectory.RunFile), JsonSerializer.Serialize(runInfo(), Output.JsonOptions))),
                () => sheetError = Capture(() => built = TearSheet.Write(report, staging)));
            (filesError ?? infoError ?? sheetError)?.Throw();

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            return (directory, built!);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static ExceptionDispatchInfo? Capture(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ExceptionDispatchInfo.Capture(ex);
        }
    }

    private static void WriteFiles(string staging, ReportInput report, IReadOnlyList<BacktestRunner.Outcome> outcomes)
    {
        WriteEquity(Path.Combine(staging, RunDirectory.EquityFile), report.Strategies);
        WriteTrades(Path.Combine(staging, RunDirectory.TradesFile), report.Strategies);
        WriteOrders(Path.Combine(staging, "orders.csv"), outcomes);
        if (report.Benchmark is BenchmarkCurve benchmark)
        {
            WriteBenchmark(Path.Combine(staging, RunDirectory.BenchmarkFile), benchmark);
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
            sb.Append(UtcStamp.Format(t));
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
        using StreamWriter w = CreateText(path);
        w.Write("strategy,symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,return,mae,mfe\n");
        foreach (StrategyRun run in runs)
        {
            foreach (Analytics.Trades.TradeRecord t in run.Trades)
            {
                w.Write(run.Name);
                w.Write(',');
                w.Write(t.Symbol);
                w.Write(',');
                Stamp(w, t.EntryTime);
                w.Write(',');
                Stamp(w, t.ExitTime);
                w.Write(',');
                Number(w, t.EntryPrice, "R");
                w.Write(',');
                Number(w, t.ExitPrice, "R");
                w.Write(',');
                Number(w, t.Quantity, "R");
                w.Write(',');
                Number(w, t.Pnl, "R");
                w.Write(',');
                Number(w, t.Return, "R");
                w.Write(',');
                Number(w, t.Mae, "R");
                w.Write(',');
                Number(w, t.Mfe, "R");
                w.Write('\n');
            }
        }
    }

    private static void WriteOrders(string path, IReadOnlyList<BacktestRunner.Outcome> outcomes)
    {
        using StreamWriter w = CreateText(path);
        w.Write("strategy,id,submitted,symbol,side,type,quantity,status,filled_quantity,average_fill_price,commission,reason\n");
        foreach (BacktestRunner.Outcome o in outcomes)
        {
            foreach (Order order in o.Result.Orders)
            {
                w.Write(o.Run.Name);
                w.Write(',');
                Number(w, order.Id, null);
                w.Write(',');
                Stamp(w, order.SubmittedAt);
                w.Write(',');
                w.Write(order.Request.Symbol.Value);
                w.Write(',');
                Name(w, order.Request.Side);
                w.Write(',');
                Name(w, order.Request.Type);
                w.Write(',');
                Decimal(w, order.Request.Quantity);
                w.Write(',');
                Name(w, order.Status);
                w.Write(',');
                Decimal(w, order.FilledQuantity);
                w.Write(',');
                Decimal(w, order.AverageFillPrice);
                w.Write(',');
                Decimal(w, order.Commission);
                w.Write(",\"");
                w.Write(order.Reason.Replace("\"", "\"\"", StringComparison.Ordinal));
                w.Write("\"\n");
            }
        }
    }

    private static void WriteBenchmark(string path, BenchmarkCurve benchmark)
    {
        var sb = new StringBuilder("timestamp," + benchmark.Name + "\n");
        for (int i = 0; i < benchmark.Timestamps.Count; i++)
        {
            sb.Append(UtcStamp.Format(benchmark.Timestamps[i])).Append(',').Append(R(benchmark.Levels[i])).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Writes <paramref name="t"/> in UTC as yyyy-MM-ddTHH:mm:ssZ (<see cref="UtcStamp"/>) without allocating.</summary>
    private static void Stamp(TextWriter w, DateTimeOffset t)
    {
        Span<char> text = stackalloc char[UtcStamp.Length];
        w.Write(text[..UtcStamp.Format(t, text)]);
    }

    /// <summary>Writes a number with the invariant culture (the same text as its ToString(format, InvariantCulture)) without allocating.</summary>
    private static void Number<T>(TextWriter w, T value, string? format)
        where T : ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out int written, format, CultureInfo.InvariantCulture);
        w.Write(text[..written]);
    }

    /// <summary>Writes a decimal as its ToString(InvariantCulture) text without the general formatter.</summary>
    private static void Decimal(TextWriter w, decimal value)
    {
        Span<char> text = stackalloc char[DecimalText.MaxLength];
        w.Write(text[..DecimalText.Format(value, text, trimTrailingZeros: false)]);
    }

    /// <summary>Writes an enum's name (the same text as its ToString()) without boxing it.</summary>
    private static void Name<T>(TextWriter w, T value)
        where T : struct, Enum
    {
        Span<char> text = stackalloc char[64];
        Enum.TryFormat(value, text, out int written);
        w.Write(text[..written]);
    }

    private static StreamWriter CreateText(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
