using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Synthetic;

namespace Bastion.Cli.Commands.Data;

/// <summary><c>bastion data generate</c>: a seeded synthetic market written as CSV files.</summary>
internal static class GenerateCommand
{
    private static readonly string[] s_headers = ["file", "rows", "bytes"];

    public static Command Create(CliContext context)
    {
        var symbols = new Option<int?>("--symbols") { Description = "Number of symbols, named SYN1, SYN2, ... (or use --names)" };
        var names = new Option<string?>("--names") { Description = "Comma-separated symbols, e.g. AAA,BBB,CCC (or use --symbols)" };
        var days = new Option<int>("--days") { Description = "Number of trading days (Monday to Friday)", Required = true };
        var resolution = new Option<string>("--resolution")
        {
            Description = "Bar length: 1d (default), or minutes dividing the 390-minute session: 1m, 5m, 15m, 30m, ...",
            DefaultValueFactory = _ => "1d",
        };
        var seed = new Option<ulong>("--seed") { Description = "Random seed: the same seed writes byte-identical files", Required = true };
        var output = new Option<string>("--out") { Description = "Output directory (created if missing)", Required = true };
        var layout = new Option<string>("--layout") { Description = "ohlcv (one file per symbol, default) or wide (one close-price file, daily only)", DefaultValueFactory = _ => "ohlcv" };
        var start = new Option<string>("--start") { Description = "First trading day, yyyy-MM-dd (default 2015-01-02)", DefaultValueFactory = _ => "2015-01-02" };
        var force = new Option<bool>("--force") { Description = "Overwrite existing non-empty files" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("generate",
            "Write a seeded synthetic market: correlated assets with GARCH(1,1) volatility clustering, Poisson jumps and " +
            "calm/crisis regimes, in the OHLCV or wide CSV layout.\n\n" +
            "Example:\n  bastion data generate --names AAA,BBB,CCC --days 504 --resolution 1d --seed 42 --out ./synthetic");
        foreach (Option option in new Option[] { symbols, names, days, resolution, seed, output, layout, start, force, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var options = new SyntheticMarketOptions
            {
                Symbols = ParseSymbols(parse.GetValue(symbols), parse.GetValue(names)),
                Days = parse.GetValue(days) is int d and >= 1 and <= 100_000 ? d : throw new CliUsageException("--days must be between 1 and 100000"),
                Resolution = ParseResolution(parse.GetValue(resolution) ?? "1d"),
                Seed = parse.GetValue(seed),
                Start = DateOnly.TryParseExact(parse.GetValue(start), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly s)
                    ? s : throw new CliUsageException($"--start '{parse.GetValue(start)}' is not a date yyyy-MM-dd"),
            };
            GeneratedLayout chosen = (parse.GetValue(layout) ?? "ohlcv").ToLowerInvariant() switch
            {
                "ohlcv" => GeneratedLayout.Ohlcv,
                "wide" => GeneratedLayout.Wide,
                string other => throw new CliUsageException($"--layout '{other}' must be ohlcv or wide"),
            };
            if (chosen == GeneratedLayout.Wide && options.Resolution != TimeSpan.FromDays(1))
            {
                throw new CliUsageException("--layout wide holds daily closes only: use --resolution 1d or --layout ohlcv");
            }

            return Run(context, options, parse.GetValue(output)!, chosen, parse.GetValue(force), parse.GetValue(format));
        });
        return command;
    }

    private static int Run(CliContext context, SyntheticMarketOptions options, string directory, GeneratedLayout layout, bool force, OutputFormat format)
    {
        var market = new SyntheticMarket(options);
        IReadOnlyList<GeneratedFile> files;
        try
        {
            files = SyntheticMarketWriter.Write(market, directory, layout, force);
        }
        catch (IOException ex) when (ex.Message.Contains("not overwritten", StringComparison.Ordinal))
        {
            throw new CliUsageException($"--out: {ex.Message} (use --force to overwrite)", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--out: cannot write to '{directory}': {ex.Message}", ex);
        }

        IEnumerable<string[]> rows = files.Select(f => new[]
        {
            f.Path, f.Rows.ToString(CultureInfo.InvariantCulture), f.Bytes.ToString(CultureInfo.InvariantCulture),
        });
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new { seed = options.Seed, symbols = options.Symbols, days = options.Days, resolution = SyntheticMarketWriter.ResolutionName(options.Resolution), files });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, s_headers, rows);
                break;
            default:
                Output.WriteTable(context.Out, s_headers, rows);
                context.Out.WriteLine($"wrote {files.Count} file(s): {options.Symbols.Count} symbol(s), {options.Days} day(s) at {SyntheticMarketWriter.ResolutionName(options.Resolution)}, seed {options.Seed}");
                break;
        }

        return ExitCodes.Ok;
    }

    private static string[] ParseSymbols(int? count, string? names)
    {
        if (count is not null && names is not null)
        {
            throw new CliUsageException("--symbols and --names exclude each other: give one");
        }

        if (names is not null)
        {
            string[] list = names.Split(',', StringSplitOptions.TrimEntries);
            foreach (string name in list)
            {
                if (!Bastion.Core.Symbols.Symbol.TryCreate(name, out _, out string? error))
                {
                    throw new CliUsageException($"--names: {error}");
                }
            }

            return list.Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Length
                ? [.. list.Select(n => Bastion.Core.Symbols.Symbol.Create(n).Value)]
                : throw new CliUsageException("--names: symbols must be distinct");
        }

        return count switch
        {
            null => throw new CliUsageException("--symbols N or --names A,B,C is required"),
            < 1 or > 500 => throw new CliUsageException($"--symbols must be between 1 and 500, got {count}"),
            _ => [.. Enumerable.Range(1, count.Value).Select(i => $"SYN{i}")],
        };
    }

    private static TimeSpan ParseResolution(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        if (t == "1d")
        {
            return TimeSpan.FromDays(1);
        }

        if (t.EndsWith('m') && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            && minutes is > 0 and <= 390 && 390 % minutes == 0)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        throw new CliUsageException($"--resolution '{text}' must be 1d or whole minutes dividing 390 (1m, 5m, 15m, 30m, ...)");
    }
}
