using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk var</c>: VaR and ES of a return column, or of a weighted portfolio by full revaluation.</summary>
internal static class VarCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns (date, then one column per series)" };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var prices = new Option<string>("--prices") { Description = "Wide CSV of prices; with --weights gives a portfolio" };
        var weights = new Option<string>("--weights") { Description = "CSV of symbol,weight (fractions of portfolio value; shorts negative)" };
        var sectors = new Option<string>("--sectors") { Description = "CSV of symbol,sector: adds component VaR and ES by sector (portfolio decomposition only)" };
        var factors = new Option<string>("--factors")
        {
            Description = "Wide CSV of factor returns (date, one column per factor) on the portfolio's return dates: adds VaR and ES contributions by factor " +
                "plus specific (betas by OLS; --method historical, normal or student-t)",
        };
        var neighbours = new Option<int>("--neighbours")
        {
            Description = "With --factors and --method historical: average the factor P&L over this many order statistics either side of the VaR scenario (Hallerbach), 0 = the VaR scenario(s) only",
            DefaultValueFactory = _ => 0,
        };
        var options = new VaROptions();
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("var",
            "Value at risk and expected shortfall (positive losses, fractions of value) of a return series or a weighted portfolio, " +
            "with the position decomposition (marginal, component, incremental) for historical, normal and monte-carlo portfolios.\n\n" +
            "Examples:\n  bastion risk var --returns spy.csv --method historical --confidence 0.99\n" +
            "  bastion risk var --prices prices.csv --weights weights.csv --method monte-carlo --simulation student-t --seed 7 --horizon 10 --format json\n" +
            "  bastion risk var --prices prices.csv --weights weights.csv --factors factors.csv --method historical --confidence 0.99");
        command.Options.Add(returns);
        command.Options.Add(column);
        command.Options.Add(prices);
        command.Options.Add(weights);
        command.Options.Add(sectors);
        command.Options.Add(factors);
        command.Options.Add(neighbours);
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            VaRSettings s = options.Read(parse);
            string? r = parse.GetValue(returns), p = parse.GetValue(prices), w = parse.GetValue(weights);
            if ((r is null) == (p is null) || (p is null) != (w is null))
            {
                throw new CliUsageException("give either --returns FILE, or --prices FILE with --weights FILE");
            }

            if (parse.GetValue(sectors) is not null && p is null)
            {
                throw new CliUsageException("--sectors needs --prices and --weights");
            }

            string? f = parse.GetValue(factors);
            int m = parse.GetValue(neighbours);
            if (f is not null && p is null)
            {
                throw new CliUsageException("--factors needs --prices and --weights");
            }

            if (f is not null && (s.Method is not ("historical" or "normal" or "student-t") || (s.Scaling == HorizonScaling.OverlappingReturns && s.HorizonDays > 1)))
            {
                throw new CliUsageException($"--factors needs --method historical, normal or student-t with --scaling sqrt, got --method {s.Method}");
            }

            if (m < 0 || (m > 0 && (f is null || s.Method != "historical")))
            {
                throw new CliUsageException($"--neighbours must be 0, or positive with --factors and --method historical; got {m}");
            }

            return r is not null
                ? RunSeries(context, r, parse.GetValue(column), s, parse.GetValue(format))
                : RunPortfolio(context, p!, w!, parse.GetValue(sectors), (f, m), s, parse.GetValue(format));
        });
        return command;
    }

    private static int RunSeries(CliContext context, string file, string? column, VaRSettings s, OutputFormat format)
    {
        (string name, double[] values) = RiskInput.ReadReturns(file, column);
        RequireLength(file, values.Length, s);
        RiskEstimate e = Compute(() => VaRCalculator.Series(values, s));
        RiskOutput.WriteEstimate(context.Out, format, e, s, [("returns", file), ("column", name), ("observations", values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))], null, null);
        return ExitCodes.Ok;
    }

    private static int RunPortfolio(
        CliContext context, string pricesFile, string weightsFile, string? sectorsFile, (string? File, int Neighbours) factors, VaRSettings s, OutputFormat format)
    {
        (string[] assets, double[] weights, double[] returns, int rows, _, string[] dates) = RiskInput.ReadPortfolioDated(pricesFile, weightsFile, null);
        RequireLength(pricesFile, rows, s);
        FactorOutput? byFactor = null;
        if (factors.File is not null)
        {
            (string[] names, double[] factorReturns) = RiskInput.ReadFactors(factors.File, dates);
            byFactor = new FactorOutput(
                names,
                Compute(() => VaRCalculator.Factors(returns, weights, factorReturns, names.Length, s, factors.Neighbours)),
                s.Method == "historical"
                    ? (factors.Neighbours == 0 ? "factor P&L in the VaR scenario(s); ES: mean over tail scenarios" : $"Hallerbach: mean over +-{factors.Neighbours} order statistics around the VaR scenario, rescaled; ES: mean over tail scenarios")
                    : "factor model B F B' + D (OLS betas, residual variances), Euler allocation");
        }

        string[]? sectorOf = sectorsFile is null ? null : ReadSectors(sectorsFile, assets);
        (RiskEstimate total, RiskDecomposition? d) = Compute(() => VaRCalculator.Portfolio(returns, rows, weights, s));
        if (sectorOf is not null && d is null)
        {
            throw new CliUsageException($"--sectors needs a decomposition: use --method historical, normal or monte-carlo with --scaling sqrt");
        }

        RiskOutput.WriteEstimate(
            context.Out,
            format,
            total,
            s,
            [("prices", pricesFile), ("weights", weightsFile), ("assets", string.Join(' ', assets)), ("observations", rows.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            d,
            assets,
            sectorOf is null ? null : d!.BySector(sectorOf),
            byFactor);
        return ExitCodes.Ok;
    }

    /// <summary>A sector map file: lines <c>symbol,sector</c>; every weighted asset must have one.</summary>
    private static string[] ReadSectors(string file, string[] assets)
    {
        (string[] symbols, string[] names) = RiskInput.ReadPairs(file, "symbol,sector");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < symbols.Length; i++)
        {
            map[symbols[i]] = names[i];
        }

        return assets.Select(a => map.TryGetValue(a, out string? sector) ? sector : throw new CliUsageException($"{file}: no sector for '{a}'")).ToArray();
    }

    internal static void RequireLength(string file, int count, VaRSettings s)
    {
        int needed = s.MinimumObservations;
        if (count < needed)
        {
            throw new CliUsageException($"{file}: {count} returns are too few for --method {s.Method} at --confidence {s.Confidence}" +
                (s.Scaling == HorizonScaling.OverlappingReturns ? $" with --horizon {s.HorizonDays} overlapping" : string.Empty) + $": need at least {needed}");
        }
    }

    internal static T Compute<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex);
        }
    }
}
