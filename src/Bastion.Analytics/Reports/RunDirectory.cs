using System.Globalization;
using System.Text.Json;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports;

/// <summary>
/// Reads a backtest run directory into a <see cref="ReportInput"/>. Layout (docs/analytics.md):
/// <list type="bullet">
/// <item><c>equity.csv</c> (required): <c>timestamp,&lt;strategy&gt;[,&lt;strategy&gt;…]</c>, one equity column per strategy.</item>
/// <item><c>trades.csv</c> (optional): <c>[strategy,]symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,return,mae,mfe</c>.</item>
/// <item><c>benchmark.csv</c> (optional): <c>timestamp,&lt;name&gt;</c> price or index levels.</item>
/// <item><c>trials.csv</c> (optional): one per-period trial Sharpe ratio per row, header <c>sharpe</c>.</item>
/// <item><c>run.json</c> (optional): <c>title</c>, <c>periodsPerYear</c>, <c>riskFreeRate</c>, <c>requiredReturn</c>, <c>rollingWindow</c>.</item>
/// </list>
/// Timestamps are ISO 8601 (a date, or a date and time; no offset means UTC). Lines starting with <c>#</c> are comments.
/// </summary>
public static class RunDirectory
{
    /// <summary>Equity file name.</summary>
    public const string EquityFile = "equity.csv";

    /// <summary>Trades file name.</summary>
    public const string TradesFile = "trades.csv";

    /// <summary>Benchmark file name.</summary>
    public const string BenchmarkFile = "benchmark.csv";

    /// <summary>Trials file name.</summary>
    public const string TrialsFile = "trials.csv";

    /// <summary>Run metadata file name.</summary>
    public const string RunFile = "run.json";

    private static readonly string[] s_tradeColumns = ["symbol", "entry_time", "exit_time", "entry_price", "exit_price", "quantity", "pnl", "return", "mae", "mfe"];

    /// <summary>Loads <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed; the message names the file, line and field.</exception>
    public static ReportInput Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"{directory}: run directory not found");
        }

        string equityPath = Path.Combine(directory, EquityFile);
        if (!File.Exists(equityPath))
        {
            throw new InvalidDataException($"{equityPath}: missing; a run directory needs {EquityFile} (timestamp plus one equity column per strategy)");
        }

        CsvTable equity = CsvTable.Read(equityPath);
        if (equity.Header.Length < 2)
        {
            throw new InvalidDataException($"{equityPath} line 1: needs a timestamp column and at least one strategy column");
        }

        DateTimeOffset[] times = [.. equity.Rows.Select(r => r.Time(0, equity.Header[0]))];
        RequireIncreasing(equityPath, equity, times);
        var trades = LoadTrades(Path.Combine(directory, TradesFile), equity.Header[1..]);
        var strategies = new List<StrategyRun>();
        for (int c = 1; c < equity.Header.Length; c++)
        {
            string name = equity.Header[c];
            double[] values = [.. equity.Rows.Select(r => r.Positive(c, name))];
            strategies.Add(new StrategyRun(name, times, values, trades.TryGetValue(name, out var t) ? t : []));
        }

        BenchmarkCurve? benchmark = null;
        string benchPath = Path.Combine(directory, BenchmarkFile);
        if (File.Exists(benchPath))
        {
            CsvTable b = CsvTable.Read(benchPath);
            if (b.Header.Length != 2)
            {
                throw new InvalidDataException($"{benchPath} line 1: expected two columns, timestamp and the benchmark name");
            }

            DateTimeOffset[] bt = [.. b.Rows.Select(r => r.Time(0, b.Header[0]))];
            RequireIncreasing(benchPath, b, bt);
            benchmark = new BenchmarkCurve(b.Header[1], bt, [.. b.Rows.Select(r => r.Positive(1, b.Header[1]))]);
        }

        double[] trials = [];
        string trialsPath = Path.Combine(directory, TrialsFile);
        if (File.Exists(trialsPath))
        {
            CsvTable t = CsvTable.Read(trialsPath);
            trials = [.. t.Rows.Select(r => r.Number(0, t.Header[0]))];
        }

        (string title, PerformanceOptions options) = LoadRunJson(Path.Combine(directory, RunFile), Path.GetFileName(Path.GetFullPath(directory)));
        return new ReportInput { Title = title, Strategies = strategies, Benchmark = benchmark, Options = options, TrialSharpes = trials };
    }

    private static Dictionary<string, List<TradeRecord>> LoadTrades(string path, string[] strategies)
    {
        var result = new Dictionary<string, List<TradeRecord>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        CsvTable t = CsvTable.Read(path);
        bool hasStrategy = t.Header.Length > 0 && t.Header[0] == "strategy";
        string[] expected = hasStrategy ? ["strategy", .. s_tradeColumns] : s_tradeColumns;
        if (!t.Header.SequenceEqual(expected))
        {
            throw new InvalidDataException($"{path} line 1: expected header '{string.Join(',', expected)}'");
        }

        if (!hasStrategy && strategies.Length > 1)
        {
            throw new InvalidDataException($"{path} line 1: equity.csv has {strategies.Length} strategies, so trades.csv needs a leading 'strategy' column");
        }

        int o = hasStrategy ? 1 : 0;
        foreach (CsvRow r in t.Rows)
        {
            string strategy = hasStrategy ? r.Text(0) : strategies[0];
            if (!strategies.Contains(strategy, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{path} line {r.Line}, field 'strategy': '{strategy}' is not a column of equity.csv");
            }

            var trade = new TradeRecord(
                r.Text(o), r.Time(o + 1, "entry_time"), r.Time(o + 2, "exit_time"), r.Number(o + 3, "entry_price"), r.Number(o + 4, "exit_price"),
                r.Number(o + 5, "quantity"), r.Number(o + 6, "pnl"), r.Number(o + 7, "return"), r.Number(o + 8, "mae"), r.Number(o + 9, "mfe"));
            if (trade.ExitTime < trade.EntryTime)
            {
                throw new InvalidDataException($"{path} line {r.Line}, field 'exit_time': exit is before entry");
            }

            if (!result.TryGetValue(strategy, out List<TradeRecord>? list))
            {
                result[strategy] = list = [];
            }

            list.Add(trade);
        }

        return result;
    }

    private static (string Title, PerformanceOptions Options) LoadRunJson(string path, string fallbackTitle)
    {
        var options = new PerformanceOptions();
        if (!File.Exists(path))
        {
            return (fallbackTitle, options);
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = doc.RootElement;
            string title = root.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : fallbackTitle;
            options = options with
            {
                PeriodsPerYear = root.TryGetProperty("periodsPerYear", out JsonElement p) ? p.GetDouble() : options.PeriodsPerYear,
                RiskFreeRate = root.TryGetProperty("riskFreeRate", out JsonElement rf) ? rf.GetDouble() : options.RiskFreeRate,
                RequiredReturn = root.TryGetProperty("requiredReturn", out JsonElement rr) ? rr.GetDouble() : options.RequiredReturn,
                RollingWindow = root.TryGetProperty("rollingWindow", out JsonElement w) ? w.GetInt32() : options.RollingWindow,
            };
            options.Validate();
            return (title, options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"{path}: {ex.Message.Split('\n')[0]}", ex);
        }
    }

    private static void RequireIncreasing(string path, CsvTable table, DateTimeOffset[] times)
    {
        for (int i = 1; i < times.Length; i++)
        {
            if (times[i] <= times[i - 1])
            {
                throw new InvalidDataException($"{path} line {table.Rows[i].Line}, field '{table.Header[0]}': timestamps must be strictly increasing");
            }
        }
    }
}
