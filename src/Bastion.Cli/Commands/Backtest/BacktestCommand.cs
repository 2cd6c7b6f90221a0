using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Reports;
using Bastion.Cli.Configuration;
using Bastion.Cli.Infrastructure;
using Bastion.Engine;
using Bastion.Engine.Strategies;

namespace Bastion.Cli.Commands.Backtest;

/// <summary><c>bastion backtest</c>: one strategy over OHLCV files, with costs; prints metrics and writes a run folder with the tear sheet.</summary>
internal static class BacktestCommand
{
    private static readonly string[] s_configKeys =
        ["strategy", "params.*", "data", "start", "end", "cash", "commission.bps", "commission.per-share", "commission.minimum", "slippage-bps", "fill", "adjusted", "drop-bad-rows", "out"];

    public static Command Create(CliContext context)
    {
        var strategy = new Option<string?>("--strategy") { Description = "Built-in strategy: " + string.Join(", ", StrategyRegistry.All.Select(s => s.Name)) };
        var param = new Option<string[]>("--param") { Description = "Strategy parameter NAME=VALUE (repeatable), e.g. --param fast=20 --param slow=100", AllowMultipleArgumentsPerToken = false };
        var data = new Option<string[]>("--data") { Description = "OHLCV or Yahoo CSV file, one per symbol (repeatable); SYMBOL=PATH to name the symbol, else it is taken from the file name (NVDA-daily.csv → NVDA)" };
        var start = new Option<DateOnly?>("--start") { Description = "First date (yyyy-MM-dd)" };
        var end = new Option<DateOnly?>("--end") { Description = "Last date (yyyy-MM-dd)" };
        var cash = new Option<decimal?>("--cash") { Description = "Initial cash (default 100000)" };
        var bps = new Option<decimal?>("--commission-bps") { Description = "Commission in basis points of traded value" };
        var perShare = new Option<decimal?>("--commission-per-share") { Description = "Commission per share (with --commission-min)" };
        var minimum = new Option<decimal?>("--commission-min") { Description = "Minimum commission per order, with --commission-per-share" };
        var slippage = new Option<decimal?>("--slippage-bps") { Description = "Adverse slippage in basis points" };
        var fill = new Option<string?>("--fill") { Description = "When market orders fill: next-open (default, no lookahead) or same-close" };
        var raw = new Option<bool>("--raw-prices") { Description = "Use raw Yahoo prices instead of split- and dividend-adjusted ones" };
        var drop = new Option<bool>("--drop-bad-rows") { Description = "Skip malformed rows (and report them) instead of failing on the first" };
        var outDir = new Option<string?>("--out") { Description = "Run folder to write (equity, trades, orders, tear sheet); default bastion-output/backtest-<strategy>-<time>" };
        var config = new Option<string?>("--config") { Description = "YAML file with the same settings (flags override it; BASTION__BACKTEST__<KEY> variables override the file)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("backtest", """
            Backtest a built-in strategy on OHLCV files with costs; prints metrics and writes a run folder with an HTML tear sheet.
            Example: bastion backtest --strategy sma-cross --param fast=50 --param slow=200 --data data/samples/NVDA-daily-1999-2014.csv --commission-bps 1 --slippage-bps 2
            Example: bastion backtest --config backtest.yaml --format json
            """)
        {
            strategy, param, data, start, end, cash, bps, perShare, minimum, slippage, fill, raw, drop, outDir, config, format,
        };
        command.SetAction(parse =>
        {
            ConfigDocument? doc = parse.GetValue(config) is string path ? ConfigDocument.Load(path, "backtest") : null;
            doc?.RejectUnknown(s_configKeys);
            string name = parse.GetValue(strategy) ?? doc?.GetString("strategy") ?? throw new CliUsageException("--strategy is required (or 'strategy' in --config)");
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string key, ConfigValue value) in doc?.GetSection("params.") ?? [])
            {
                parameters[key] = value.Scalar ?? throw new CliUsageException($"{value.Source}: parameter '{key}' must be a single value");
            }

            try
            {
                foreach ((string key, string value) in StrategyRegistry.ParseParameters(parse.GetValue(param) ?? []))
                {
                    parameters[key] = value;
                }
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex);
            }

            string[] files = parse.GetValue(data) is { Length: > 0 } d ? d : [.. doc?.GetList("data") ?? []];
            if (files.Length == 0)
            {
                throw new CliUsageException("--data is required: one OHLCV CSV file per symbol");
            }

            var spec = new BacktestSpec
            {
                Strategy = name,
                Parameters = parameters,
                Data = [.. files.Select(ParseData)],
                Start = parse.GetValue(start) ?? doc?.GetDate("start"),
                End = parse.GetValue(end) ?? doc?.GetDate("end"),
                Cash = NonNegative("--cash", parse.GetValue(cash) ?? (decimal?)doc?.GetDouble("cash") ?? 100_000m),
                CommissionBps = NonNegativeOrNull("--commission-bps", parse.GetValue(bps) ?? (decimal?)doc?.GetDouble("commission.bps")),
                CommissionPerShare = NonNegativeOrNull("--commission-per-share", parse.GetValue(perShare) ?? (decimal?)doc?.GetDouble("commission.per-share")),
                CommissionMinimum = NonNegative("--commission-min", parse.GetValue(minimum) ?? (decimal?)doc?.GetDouble("commission.minimum") ?? 0m),
                SlippageBps = NonNegative("--slippage-bps", parse.GetValue(slippage) ?? (decimal?)doc?.GetDouble("slippage-bps") ?? 0m),
                Fill = ParseFill(parse.GetValue(fill) ?? doc?.GetString("fill") ?? "next-open"),
                Adjusted = !(parse.GetValue(raw) || string.Equals(doc?.GetString("adjusted"), "false", StringComparison.OrdinalIgnoreCase)),
                DropBadRows = parse.GetValue(drop) || string.Equals(doc?.GetString("drop-bad-rows"), "true", StringComparison.OrdinalIgnoreCase),
            };
            string? outPath = parse.GetValue(outDir) ?? doc?.GetString("out");
            if (spec.CommissionBps is not null && spec.CommissionPerShare is not null)
            {
                throw new CliUsageException("choose one commission model: --commission-bps or --commission-per-share");
            }

            if (spec.Start is DateOnly s && spec.End is DateOnly e && s > e)
            {
                throw new CliUsageException($"--start {s:yyyy-MM-dd} is after --end {e:yyyy-MM-dd}");
            }

            BacktestRunner.Outcome outcome = BacktestRunner.Run(spec);
            var report = new ReportInput { Title = $"Backtest: {spec.Strategy}", Strategies = [outcome.Run] };
            string folder = outPath ?? Path.Combine("bastion-output", $"backtest-{spec.Strategy}-{context.Clock.GetUtcNow():yyyyMMdd-HHmmss}");
            (string written, TearSheetReport built) = RunWriter.Write(folder, report, [outcome], () => RunInfo(spec, outcome));
            BacktestOutput.Write(context, parse.GetValue(format), [outcome], [built.Strategies[0].Metrics], written);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static object RunInfo(BacktestSpec spec, BacktestRunner.Outcome outcome) => new
    {
        title = $"Backtest: {spec.Strategy}",
        periodsPerYear = 252,
        strategy = spec.Strategy,
        parameters = spec.Parameters,
        data = spec.Data.Select(d => new { symbol = d.Symbol, path = d.Path }),
        start = spec.Start,
        end = spec.End,
        cash = spec.Cash,
        orderListHash = outcome.Result.OrderListHash,
        barsProcessed = outcome.Result.BarsProcessed,
    };

    internal static (string Symbol, string Path) ParseData(string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        string path = eq > 0 ? text[(eq + 1)..] : text;
        string symbol = eq > 0 ? text[..eq] : Path.GetFileNameWithoutExtension(path).Split('-', '_', '.')[0];
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: data file not found");
        }

        if (!Core.Symbols.Symbol.TryCreate(symbol, out _, out string? error))
        {
            throw new CliUsageException($"--data {text}: {error}");
        }

        return (symbol.ToUpperInvariant(), path);
    }

    private static MarketFillTiming ParseFill(string text) => text.ToLowerInvariant() switch
    {
        "next-open" => MarketFillTiming.NextBarOpen,
        "same-close" => MarketFillTiming.SameBarClose,
        _ => throw new CliUsageException($"--fill must be next-open or same-close, got '{text}'"),
    };

    private static decimal NonNegative(string option, decimal value)
        => value >= 0 ? value : throw new CliUsageException($"{option} must not be negative, got {value.ToString(CultureInfo.InvariantCulture)}");

    private static decimal? NonNegativeOrNull(string option, decimal? value) => value is decimal v ? NonNegative(option, v) : null;
}
