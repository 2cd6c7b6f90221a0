using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Commands.Portfolio;
using Bastion.Cli.Infrastructure;
using Bastion.Numerics.Correlation;
using Bastion.Risk.Correlation;
using Bastion.Risk.Limits;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>
/// <c>bastion risk limits --config FILE</c>: checks a book of positions against the limits of a YAML config with
/// <see cref="LimitMonitor"/>; exit 1 when any check breaches.
/// </summary>
internal static class LimitsCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string>("--config") { Description = "YAML limits config (inputs, nav, window, var, lvar, liquidity, limits.<check>.limit/warn); BASTION__LIMITS__<KEY> variables override it", Required = true };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("limits",
            "Check positions against risk limits: position weight, sector weight, pairwise correlation, VaR budget, liquidity-adjusted VaR, daily loss, " +
            "gross and net exposure, days to liquidate. One row per check and subject (pass, warn, breach, or skipped when an input is missing); " +
            "exit code 1 when any check breaches.\n\n" +
            "Examples:\n  bastion risk limits --config data/samples/limits/limits.yaml\n" +
            "  bastion risk limits --config data/samples/limits/limits.yaml --format json");
        command.Options.Add(config);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(config)!;
            LimitsConfig cfg = LimitsConfig.Load(path);
            (Dictionary<string, string> inputs, IReadOnlyList<LimitRow> rows, IReadOnlyList<RiskAlert> alerts) =
                Evaluate(cfg, Path.GetFileNameWithoutExtension(path), context.Clock);
            Write(context, parse.GetValue(format), inputs, rows, alerts);
            return rows.Any(r => r.Status == "breach") ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Reads the inputs, builds the <see cref="PortfolioRiskState"/> and evaluates every configured check; the warn and
    /// breach rows also become typed alerts from <paramref name="source"/>, stamped by <paramref name="clock"/>.
    /// </summary>
    private static (Dictionary<string, string> Inputs, IReadOnlyList<LimitRow> Rows, IReadOnlyList<RiskAlert> Alerts) Evaluate(
        LimitsConfig cfg, string source, TimeProvider clock)
    {
        Dictionary<string, double> quantities = KeyValueFile.Read(cfg.Positions, "quantity");
        (string[] symbols, string[] columns) = ColumnsOf(cfg.Prices, cfg.Positions, quantities.Keys);
        (_, double[,] prices) = RiskInput.ReadPanel(cfg.Prices, "inputs.prices", symbols, prices: false);
        int t = prices.GetLength(0), n = symbols.Length;
        for (int r = 0; r < t; r++)
        {
            for (int i = 0; i < n; i++)
            {
                if (!(prices[r, i] > 0.0))
                {
                    throw new CliUsageException($"{cfg.Prices}: column '{symbols[i]}': price {prices[r, i]} is not positive");
                }
            }
        }

        // Valuation at the last row where every held symbol has a price.
        double[] values = symbols.Select((s, i) => quantities[s] * prices[t - 1, i]).ToArray();
        double portfolioValue = cfg.Nav ?? values.Sum();
        if (!(portfolioValue > 0.0))
        {
            throw new CliUsageException($"{cfg.Positions}: the positions' net market value Σ quantity·price is {portfolioValue}; set a positive 'nav' in the config");
        }

        double[] weights = values.Select(v => v / portfolioValue).ToArray();
        if (cfg.Window > t - 1)
        {
            throw new CliUsageException($"window {cfg.Window}: {cfg.Prices} has only {t - 1} returns on rows where every held symbol has a price");
        }

        int count = cfg.Window ?? (t - 1);
        var returns = new double[count, n];
        var portfolio = new double[count];
        for (int r = 0; r < count; r++)
        {
            int row = t - count + r;
            for (int i = 0; i < n; i++)
            {
                returns[r, i] = (prices[row, i] / prices[row - 1, i]) - 1.0;
                portfolio[r] += weights[i] * returns[r, i];
            }
        }

        // VaR only when a VaR check asks for it (the historical estimate needs at least 1/(1 − c) returns).
        double? var = cfg.Thresholds.ContainsKey("var") || cfg.Thresholds.ContainsKey("lvar")
            ? VarCommand.Compute(() => cfg.Method == "normal"
                ? ParametricVaR.NormalFromSample(portfolio, cfg.Confidence)
                : HistoricalVaR.Estimate(portfolio, cfg.Confidence)).ValueAtRisk
            : null;
        var state = new PortfolioRiskState(symbols, weights, portfolioValue)
        {
            Sectors = cfg.Sectors is null ? null : SectorsOf(cfg.Sectors, symbols, columns),
            Correlation = n > 1 ? CorrelationMatrices.Correlation(returns, CorrelationMethod.Pearson) : null,
            ValueAtRisk = var,
            DailyReturn = portfolio[^1],

            // LimitMonitor wants ADV in currency; the file is in shares, valued at the same price as the position.
            AverageDailyVolume = cfg.Adv is null ? null : AdvOf(cfg.Adv, symbols).Select((a, i) => a * prices[t - 1, i]).ToArray(),
        };

        var rows = new List<LimitRow>();
        var alerts = new List<RiskAlert>();
        foreach (string check in LimitsConfig.Checks)
        {
            if (!cfg.Thresholds.TryGetValue(check, out (double Limit, double Warn) th))
            {
                continue;
            }

            string? missing = check switch
            {
                "sector-weight" when state.Sectors is null => "skipped: no inputs.sectors file",
                "days-to-liquidate" when state.AverageDailyVolume is null => "skipped: no inputs.adv file",
                "lvar" when cfg.Spreads is null => "skipped: no inputs.spreads file",
                "correlation" when n < 2 => "skipped: fewer than two positions",
                _ => null,
            };
            if (missing is not null)
            {
                rows.Add(new LimitRow(check, "skipped", null, th.Warn, th.Limit, missing));
                continue;
            }

            RiskLimits limits = Limits(check, th.Limit) with { WarnFraction = th.Warn / th.Limit, ParticipationRate = cfg.Participation };
            PortfolioRiskState checkedState = check == "lvar" ? state with { ValueAtRisk = LiquidityAdjusted(cfg, symbols, weights, var!.Value) } : state;
            IReadOnlyList<LimitCheck> evaluated = LimitMonitor.Evaluate(checkedState, limits);
            foreach (LimitCheck c in evaluated)
            {
                rows.Add(new LimitRow(check, c.Status.ToString().ToLowerInvariant(), c.Value, th.Warn, th.Limit, c.Subject));
            }

            alerts.AddRange(RiskAlert.FromChecks(evaluated, source, limits.WarnFraction, clock));
        }

        var inputs = new Dictionary<string, string>
        {
            ["positions"] = cfg.Positions,
            ["prices"] = cfg.Prices,
            ["valuation row"] = $"last complete row ({t} complete rows)",
            ["portfolio value"] = portfolioValue.ToString("R", CultureInfo.InvariantCulture) + (cfg.Nav is null ? " (Σ quantity·price)" : " (nav)"),
            ["returns used"] = count.ToString(CultureInfo.InvariantCulture),
            ["var"] = $"{cfg.Method} {cfg.Confidence.ToString(CultureInfo.InvariantCulture)} 1-day",
        };
        return (inputs, rows, alerts);
    }

    /// <summary>Bangia et al. (1999) LVaR = VaR + ½ Σ |wᵢ| (μᵢ + k σᵢ) from a <c>symbol,mean,sd</c> file of relative spreads.</summary>
    private static double LiquidityAdjusted(LimitsConfig cfg, string[] symbols, double[] weights, double var)
    {
        string file = cfg.Spreads!;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{file}: cannot read spreads file: {ex.Message}", ex);
        }

        var spreads = new Dictionary<string, (double Mean, double Sd)>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',', StringSplitOptions.TrimEntries);
            if (cells is [""] || (i == 0 && cells[0].Equals("symbol", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (cells.Length != 3 || !TryNumber(cells[1], out double mean) || !TryNumber(cells[2], out double sd) || mean < 0.0 || sd < 0.0)
            {
                throw new CliUsageException($"{file}:{i + 1}: expected 'symbol,mean,sd' with relative spreads ≥ 0, got '{lines[i]}'");
            }

            if (!spreads.TryAdd(cells[0], (mean, sd)))
            {
                throw new CliUsageException($"{file}:{i + 1}: '{cells[0]}' appears twice");
            }
        }

        (double Mean, double Sd)[] bySymbol = symbols.Select(s => spreads.TryGetValue(s, out var v) ? v : throw new CliUsageException($"{file}: no spread for position '{s}'")).ToArray();
        return LiquidityAdjustedVaR.Exogenous(var, weights, bySymbol.Select(v => v.Mean).ToArray(), bySymbol.Select(v => v.Sd).ToArray(), cfg.SpreadK);
    }

    private static bool TryNumber(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static RiskLimits Limits(string check, double limit) => check switch
    {
        "position-weight" => new RiskLimits { MaxPositionWeight = limit },
        "sector-weight" => new RiskLimits { MaxSectorWeight = limit },
        "correlation" => new RiskLimits { MaxPairwiseCorrelation = limit },
        "var" or "lvar" => new RiskLimits { VaRBudget = limit },
        "daily-loss" => new RiskLimits { MaxDailyLoss = limit },
        "gross-exposure" => new RiskLimits { MaxGrossExposure = limit },
        "net-exposure" => new RiskLimits { MaxNetExposure = limit },
        _ => new RiskLimits { MaxDaysToLiquidate = limit },
    };

    /// <summary>The price-file column of each position symbol (matched ignoring case; an unknown symbol is an error), and all columns.</summary>
    private static (string[] Held, string[] Columns) ColumnsOf(string pricesFile, string positionsFile, IEnumerable<string> symbols)
    {
        string header;
        try
        {
            header = File.ReadLines(pricesFile).FirstOrDefault(l => l.Trim().Length > 0) ?? throw new CliUsageException($"{pricesFile}: empty file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{pricesFile}: cannot read prices file: {ex.Message}", ex);
        }

        string[] columns = header.Split(',').Skip(1).Select(h => h.Trim().Trim('"')).ToArray();
        string[] held = symbols.Select(s => columns.FirstOrDefault(c => string.Equals(c, s, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUsageException($"{positionsFile}: symbol '{s}' is not a column of {pricesFile}")).ToArray();
        return (held, columns);
    }

    /// <summary>The sector of each held symbol; the file may list other symbols of the price file too.</summary>
    private static string[] SectorsOf(string file, string[] symbols, string[] columns)
    {
        Dictionary<string, string> map = ConstraintFiles.Sectors(file, columns);
        return symbols.Select(s => map.GetValueOrDefault(s) ?? throw new CliUsageException($"{file}: no sector for position '{s}'")).ToArray();
    }

    private static double[] AdvOf(string file, string[] symbols)
    {
        Dictionary<string, double> adv = KeyValueFile.Read(file, "adv");
        return symbols.Select(s => adv.TryGetValue(s, out double a)
            ? a >= 0.0 ? a : throw new CliUsageException($"{file}: ADV of '{s}' is negative ({a})")
            : throw new CliUsageException($"{file}: no ADV for position '{s}'")).ToArray();
    }

    private static void Write(CliContext context, OutputFormat format, Dictionary<string, string> inputs, IReadOnlyList<LimitRow> rows, IReadOnlyList<RiskAlert> alerts)
    {
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(context.Out, new
            {
                inputs,
                checks = rows,
                breaches = rows.Count(r => r.Status == "breach"),
                alerts = alerts.Select(a => new { time = a.Time, severity = a.Severity.ToString().ToLowerInvariant(), a.Source, a.Check, a.Subject, a.Value, a.Threshold, a.Message }),
            });
            return;
        }

        string[] headers = ["check", "status", "figure", "warn", "limit", "detail"];
        IEnumerable<IReadOnlyList<string>> table = rows.Select(r => (IReadOnlyList<string>)
            [r.Check, r.Status, r.Figure is { } f ? Output.Number(f, 6) : string.Empty, Output.Number(r.Warn, 6), Output.Number(r.Limit, 6), r.Detail]);
        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(context.Out, headers, table);
            return;
        }

        Output.WriteTable(context.Out, ["field", "value"], inputs.Select(kv => (IReadOnlyList<string>)[kv.Key, kv.Value]));
        context.Out.WriteLine();
        Output.WriteTable(context.Out, headers, table);
    }
}
