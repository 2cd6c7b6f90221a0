using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Portfolio;
using Bastion.Risk.Stress;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk stress</c>: hypothetical scenarios through betas, reverse stress, historical worst windows.</summary>
internal static class StressCommand
{
    public static Command Create(CliContext context)
    {
        var prices = new Option<string>("--prices") { Description = "Wide CSV of prices holding the weighted assets and the market column", Required = true };
        var weights = new Option<string>("--weights") { Description = "CSV of symbol,weight (fractions of portfolio value)", Required = true };
        var market = new Option<string>("--market") { Description = "The market (benchmark) column the betas are estimated against", Required = true };
        var scenarios = new Option<string>("--scenarios") { Description = "CSV of name,shock,vol_multiplier (e.g. 'crash,-0.2,3'); default: the built-in set" };
        var loss = new Option<double?>("--loss") { Description = "Reverse stress: the loss (fraction of value) whose market shock to find" };
        var confidence = new Option<double>("--confidence") { Description = "Confidence of the stressed one-day normal VaR", DefaultValueFactory = _ => 0.99 };
        var window = new Option<int>("--window") { Description = "Length in days of the historical worst windows", DefaultValueFactory = _ => 10 };
        var worst = new Option<int>("--worst") { Description = "How many non-overlapping worst windows to list", DefaultValueFactory = _ => 3 };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("stress",
            "Hypothetical stress: market shocks mapped through OLS betas with volatility multipliers (built-in: 2008 crisis, 2020 COVID, " +
            "flash crash, correction, stagflation), an optional reverse stress test, and the worst historical windows of the portfolio.\n\n" +
            "Example:\n  bastion risk stress --prices prices.csv --weights weights.csv --market SPY --loss 0.2 --window 10 --worst 3");
        foreach (Option o in new Option[] { prices, weights, market, scenarios, loss, confidence, window, worst, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string p = parse.GetValue(prices)!, w = parse.GetValue(weights)!;
            double c = parse.GetValue(confidence);
            if (!(c > 0.0 && c < 1.0))
            {
                throw new CliUsageException($"--confidence must be in (0, 1), got {c}");
            }

            int h = parse.GetValue(window), k = parse.GetValue(worst);
            if (h < 1 || k < 1)
            {
                throw new CliUsageException($"--window and --worst must be positive, got {h} and {k}");
            }

            double? l = parse.GetValue(loss);
            if (l is { } lv && (!(lv > 0.0) || double.IsInfinity(lv)))
            {
                throw new CliUsageException($"--loss must be a positive fraction, got {lv}");
            }

            (string[] assets, double[] wts, double[] returns, int rows, double[] mkt) = RiskInput.ReadPortfolio(p, w, parse.GetValue(market));
            if (rows < h)
            {
                throw new CliUsageException($"{p}: {rows} returns are too few for --window {h}");
            }

            string? file = parse.GetValue(scenarios);
            IReadOnlyList<StressScenario> set = file is null ? StressScenario.BuiltIn : ReadScenarios(file);
            double[] betas = VarCommand.Compute(() => HypotheticalStress.Betas(returns, assets.Length, mkt));
            (_, double[,] cov) = VaRCalculator.SampleMoments(returns, rows, assets.Length);
            IReadOnlyList<StressResult> results = VarCommand.Compute(() => HypotheticalStress.Apply(wts, betas, cov, set, c));
            double? reverse = l is null ? null : HypotheticalStress.ReverseShock(wts, betas, l.Value);
            var pnl = new double[rows];
            ScenarioRevaluation.Revalue(returns, wts, pnl);
            IReadOnlyList<WorstWindow> windows = HistoricalStress.WorstWindows(pnl, h, k);
            Write(context.Out, parse.GetValue(format), assets, betas, results, l, reverse, windows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<StressScenario> ReadScenarios(string file)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{file}: cannot read: {ex.Message}", ex);
        }

        var list = new List<StressScenario>();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',');
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            bool ok = cells.Length == 3
                & double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double shock)
                & double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double mult);
            if (!ok && list.Count == 0 && i == Array.FindIndex(lines, x => x.Trim().Length > 0))
            {
                continue; // header
            }

            if (!ok || !double.IsFinite(shock) || !(mult >= 0.0) || double.IsInfinity(mult))
            {
                throw new CliUsageException($"{file}:{i + 1}: expected 'name,shock,vol_multiplier' with a finite shock and a non-negative multiplier, got '{lines[i].Trim()}'");
            }

            list.Add(new StressScenario(cells[0].Trim(), shock, mult));
        }

        return list.Count > 0 ? list : throw new CliUsageException($"{file}: no scenarios");
    }

    private static void Write(TextWriter o, OutputFormat format, string[] assets, double[] betas, IReadOnlyList<StressResult> results, double? loss, double? reverse, IReadOnlyList<WorstWindow> windows)
    {
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(o, new
            {
                betas = assets.Select((a, i) => new { asset = a, beta = betas[i] }),
                scenarios = results.Select(r => new { name = r.Scenario.Name, shock = r.Scenario.MarketShock, volatilityMultiplier = r.Scenario.VolatilityMultiplier, shockPnL = r.ShockPnL, stressedValueAtRisk = r.StressedValueAtRisk, stressedLoss = r.StressedLoss }),
                reverseStress = loss is null ? null : new { loss, marketShock = reverse },
                worstWindows = windows.Select(w => new { start = w.Start, length = w.Length, compoundedReturn = w.Return }),
            });
            return;
        }

        string[] headers = ["scenario", "shock", "vol x", "shock P&L", "stressed VaR", "stressed loss"];
        var rows = results.Select(r => (IReadOnlyList<string>)
            [r.Scenario.Name, Output.Number(r.Scenario.MarketShock), Output.Number(r.Scenario.VolatilityMultiplier), Output.Number(r.ShockPnL), Output.Number(r.StressedValueAtRisk), Output.Number(r.StressedLoss)]).ToList();
        if (loss is not null)
        {
            rows.Add(["reverse: market shock for loss " + Output.Number(loss.Value), reverse is null ? "none (zero beta exposure)" : Output.Number(reverse.Value), string.Empty, string.Empty, string.Empty, string.Empty]);
        }

        foreach (WorstWindow w in windows)
        {
            rows.Add([$"worst {w.Length}-day window from return #{w.Start}", Output.Number(w.Return), string.Empty, string.Empty, string.Empty, string.Empty]);
        }

        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(o, headers, rows);
        }
        else
        {
            Output.WriteTable(o, headers, rows);
        }
    }
}
