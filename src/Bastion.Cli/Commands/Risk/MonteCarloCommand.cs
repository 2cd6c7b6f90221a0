using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Numerics.Statistics;
using Bastion.Risk.Simulation;
using Bastion.Risk.Volatility;

namespace Bastion.Cli.Commands.Risk;

/// <summary>
/// <c>bastion risk montecarlo</c>: simulated paths of a return series or of a weighted portfolio of correlated assets: final value,
/// max drawdown, breach probability; optionally swept over a volatility multiplier.
/// </summary>
internal static class MonteCarloCommand
{
    private static readonly double[] s_percentiles = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns" };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var prices = new Option<string>("--prices") { Description = "Wide CSV of prices; with --weights simulates every asset of the portfolio, correlated (daily rebalanced)" };
        var weights = new Option<string>("--weights") { Description = "CSV of symbol,weight (fractions of portfolio value)" };
        var model = new Option<string>("--model") { Description = "bootstrap | block | normal | student-t | garch", DefaultValueFactory = _ => "bootstrap" }
            .AcceptOnlyFromAmong("bootstrap", "block", "normal", "student-t", "garch");
        var garchModel = new Option<string>("--garch-model") { Description = "Variance equation for --model garch: garch (GARCH(1,1)) | gjr", DefaultValueFactory = _ => "garch" }
            .AcceptOnlyFromAmong("garch", "gjr");
        var innovations = new Option<string>("--innovations") { Description = "Innovations for --model garch: normal | student-t (with --dof, unit variance)", DefaultValueFactory = _ => "normal" }
            .AcceptOnlyFromAmong("normal", "student-t");
        var paths = new Option<int>("--paths") { Description = "Number of paths", DefaultValueFactory = _ => 10_000 };
        var horizon = new Option<int>("--horizon") { Description = "Days per path", DefaultValueFactory = _ => 252 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42UL };
        var block = new Option<int>("--block-length") { Description = "Block length for --model block", DefaultValueFactory = _ => 20 };
        var dof = new Option<double>("--dof") { Description = "Degrees of freedom for --model student-t and --innovations student-t (> 2)", DefaultValueFactory = _ => 5.0 };
        var threshold = new Option<double>("--loss-threshold") { Description = "Breach when the value falls this fraction below the start at any day", DefaultValueFactory = _ => 0.2 };
        var multiplier = new Option<double>("--vol-multiplier") { Description = "Scale every simulated deviation from the mean return by this factor (> 0)", DefaultValueFactory = _ => 1.0 };
        var sweep = new Option<string>("--sweep") { Description = "Run once per value and tabulate: vol-multiplier=V1,V2,... (same seed for every run)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("montecarlo",
            "Monte Carlo paths of compounded returns from a start value of 1: percentiles of the final value and the maximum drawdown, and the " +
            "probability of breaching a loss threshold. GARCH: per-asset GARCH(1,1)/GJR fitted by maximum likelihood, started from the one-step " +
            "variance forecast, constant correlation of the standardized residuals.\n\nExamples:\n" +
            "  bastion risk montecarlo --returns spy.csv --model block --block-length 10 --paths 20000 --horizon 252 --seed 7\n" +
            "  bastion risk montecarlo --prices prices.csv --weights weights.csv --model garch --innovations student-t --dof 6\n" +
            "  bastion risk montecarlo --returns spy.csv --model garch --sweep vol-multiplier=0.5,1,2 --format json");
        foreach (Option o in new Option[] { returns, column, prices, weights, model, garchModel, innovations, paths, horizon, seed, block, dof, threshold, multiplier, sweep, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string? r = parse.GetValue(returns), p = parse.GetValue(prices), w = parse.GetValue(weights);
            if ((r is null) == (p is null) || (p is null) != (w is null))
            {
                throw new CliUsageException("give either --returns FILE, or --prices FILE with --weights FILE");
            }

            int n = parse.GetValue(paths), h = parse.GetValue(horizon), b = parse.GetValue(block);
            double nu = parse.GetValue(dof), l = parse.GetValue(threshold), m = parse.GetValue(multiplier);
            if (n < 1 || h < 1)
            {
                throw new CliUsageException($"--paths and --horizon must be positive, got {n} and {h}");
            }

            if (!(l > 0.0 && l < 1.0))
            {
                throw new CliUsageException($"--loss-threshold must be in (0, 1), got {l}");
            }

            if (!(nu > 2.0) || double.IsInfinity(nu))
            {
                throw new CliUsageException($"--dof must be a finite number above 2, got {nu}");
            }

            if (parse.GetValue(sweep) is not null && m != 1.0)
            {
                throw new CliUsageException("--sweep vol-multiplier=... replaces --vol-multiplier; give one of them");
            }

            double[] multipliers = parse.GetValue(sweep) is { } text ? ParseSweep(text) : [Positive(m, "--vol-multiplier")];
            string name = parse.GetValue(model)!;
            var options = new PathSimulationOptions(
                name switch { "block" => PathModel.BlockBootstrap, "normal" => PathModel.Normal, "student-t" => PathModel.StudentT, "garch" => PathModel.Garch, _ => PathModel.Bootstrap },
                n,
                h,
                parse.GetValue(seed),
                b,
                nu,
                l,
                Innovations: parse.GetValue(innovations) == "student-t" ? InnovationDistribution.StudentT : InnovationDistribution.Normal,
                GarchVariant: parse.GetValue(garchModel) == "gjr" ? VolatilityModel.GjrGarch : VolatilityModel.Garch);

            Func<PathSimulationOptions, PathSimulationResult> simulate;
            string source;
            int observations;
            var inputs = new Dictionary<string, object>(StringComparer.Ordinal);
            if (r is not null)
            {
                (string col, double[] values) = RiskInput.ReadReturns(r, parse.GetValue(column));
                RequireSample(r, values.Length, name, b);
                simulate = o => PathSimulator.Run(values, o);
                source = $"{r} column {col}";
                observations = values.Length;
                inputs["returns"] = r;
                inputs["column"] = col;
            }
            else
            {
                (string[] assets, double[] wts, double[] matrix, int rows) = RiskInput.ReadPortfolio(p!, w!);
                RequireSample(p!, rows, name, b);
                simulate = o => CorrelatedPathSimulator.Run(matrix, wts, o);
                source = $"{p} weighted by {w} ({string.Join(' ', assets)})";
                observations = rows;
                inputs["prices"] = p!;
                inputs["weights"] = w!;
                inputs["assets"] = assets;
            }

            var results = multipliers.Select(x => VarCommand.Compute(() => simulate(options with { VolatilityMultiplier = x }))).ToList();
            OutputFormat f = parse.GetValue(format);
            string header = string.Create(CultureInfo.InvariantCulture, $"{name}: {n} paths of {h} days from {source} ({observations} returns), seed {options.Seed}, breach at -{l:P0}");
            if (parse.GetValue(sweep) is not null)
            {
                WriteSweep(context.Out, f, header, multipliers, results);
            }
            else
            {
                inputs["observations"] = observations;
                inputs["model"] = name;
                inputs["paths"] = n;
                inputs["horizonDays"] = h;
                inputs["seed"] = options.Seed;
                inputs["lossThreshold"] = l;
                inputs["volMultiplier"] = m;
                WriteSingle(context.Out, f, header, results[0], inputs);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RequireSample(string file, int count, string model, int blockLength)
    {
        if (count < 2 || (model == "block" && (blockLength < 1 || blockLength > count)))
        {
            throw new CliUsageException(model == "block"
                ? $"--block-length {blockLength} must be between 1 and the {count} returns in {file}"
                : $"{file}: {count} returns; need at least 2");
        }
    }

    private static double Positive(double value, string option)
        => value > 0.0 && double.IsFinite(value) ? value : throw new CliUsageException($"{option} must be a positive number, got {value}");

    /// <summary>Parses <c>vol-multiplier=0.5,1,2</c>.</summary>
    private static double[] ParseSweep(string text)
    {
        string[] parts = text.Split('=', 2);
        if (parts.Length != 2 || parts[0].Trim() != "vol-multiplier")
        {
            throw new CliUsageException($"--sweep '{text}': expected vol-multiplier=V1,V2,...");
        }

        return parts[1].Split(',').Select(v => double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
            ? Positive(x, "--sweep vol-multiplier")
            : throw new CliUsageException($"--sweep: '{v.Trim()}' is not a number")).ToArray();
    }

    private static (double[] Finals, double[] Drawdowns) Sorted(PathSimulationResult result)
    {
        double[] finals = (double[])result.FinalValues.Clone(), drawdowns = (double[])result.MaxDrawdowns.Clone();
        Array.Sort(finals);
        Array.Sort(drawdowns);
        return (finals, drawdowns);
    }

    private static void WriteSingle(TextWriter w, OutputFormat f, string header, PathSimulationResult result, object inputs)
    {
        (double[] finals, double[] drawdowns) = Sorted(result);
        if (f == OutputFormat.Json)
        {
            Output.WriteJson(w, new
            {
                inputs,
                meanFinalValue = result.FinalValues.Average(),
                breachProbability = result.BreachProbability,
                finalValue = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(finals, q) }),
                maxDrawdown = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(drawdowns, q) }),
            });
            return;
        }

        var rows = s_percentiles.Select(q => (IReadOnlyList<string>)
            [Output.Number(q * 100) + "%", Output.Number(Quantiles.OfSorted(finals, q)), Output.Number(Quantiles.OfSorted(drawdowns, q))]).ToList();
        rows.Add(["mean", Output.Number(result.FinalValues.Average()), Output.Number(result.MaxDrawdowns.Average())]);
        rows.Add(["breach probability", Output.Number(result.BreachProbability), string.Empty]);
        string[] headers = ["percentile", "final value", "max drawdown"];
        if (f == OutputFormat.Csv)
        {
            Output.WriteCsv(w, headers, rows);
        }
        else
        {
            w.WriteLine(header);
            Output.WriteTable(w, headers, rows);
        }
    }

    private static void WriteSweep(TextWriter w, OutputFormat f, string header, double[] multipliers, List<PathSimulationResult> results)
    {
        var sorted = results.Select(Sorted).ToList();
        if (f == OutputFormat.Json)
        {
            Output.WriteJson(w, new
            {
                description = header,
                sweep = multipliers.Select((m, i) => new
                {
                    volMultiplier = m,
                    meanFinalValue = results[i].FinalValues.Average(),
                    breachProbability = results[i].BreachProbability,
                    finalValue = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(sorted[i].Finals, q) }),
                    maxDrawdown = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(sorted[i].Drawdowns, q) }),
                }),
            });
            return;
        }

        string[] headers = ["vol multiplier", "mean final", "final 5%", "final 50%", "final 95%", "max drawdown 50%", "max drawdown 95%", "breach probability"];
        var rows = multipliers.Select((m, i) => (IReadOnlyList<string>)
        [
            Output.Number(m), Output.Number(results[i].FinalValues.Average()), Output.Number(Quantiles.OfSorted(sorted[i].Finals, 0.05)),
            Output.Number(Quantiles.OfSorted(sorted[i].Finals, 0.5)), Output.Number(Quantiles.OfSorted(sorted[i].Finals, 0.95)),
            Output.Number(Quantiles.OfSorted(sorted[i].Drawdowns, 0.5)), Output.Number(Quantiles.OfSorted(sorted[i].Drawdowns, 0.95)),
            Output.Number(results[i].BreachProbability),
        ]).ToList();
        if (f == OutputFormat.Csv)
        {
            Output.WriteCsv(w, headers, rows);
        }
        else
        {
            w.WriteLine(header);
            Output.WriteTable(w, headers, rows);
        }
    }
}
