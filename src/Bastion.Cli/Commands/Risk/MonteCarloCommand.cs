using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Numerics.Statistics;
using Bastion.Risk.Simulation;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk montecarlo</c>: simulated paths of a return series: final value, max drawdown, breach probability.</summary>
internal static class MonteCarloCommand
{
    private static readonly double[] s_percentiles = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns", Required = true };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var model = new Option<string>("--model") { Description = "bootstrap | block | normal | student-t", DefaultValueFactory = _ => "bootstrap" }
            .AcceptOnlyFromAmong("bootstrap", "block", "normal", "student-t");
        var paths = new Option<int>("--paths") { Description = "Number of paths", DefaultValueFactory = _ => 10_000 };
        var horizon = new Option<int>("--horizon") { Description = "Days per path", DefaultValueFactory = _ => 252 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42UL };
        var block = new Option<int>("--block-length") { Description = "Block length for --model block", DefaultValueFactory = _ => 20 };
        var dof = new Option<double>("--dof") { Description = "Degrees of freedom for --model student-t (> 2)", DefaultValueFactory = _ => 5.0 };
        var threshold = new Option<double>("--loss-threshold") { Description = "Breach when the value falls this fraction below the start at any day", DefaultValueFactory = _ => 0.2 };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("montecarlo",
            "Monte Carlo paths of compounded returns from a start value of 1: percentiles of the final value and the maximum drawdown, and the " +
            "probability of breaching a loss threshold.\n\nExample:\n  bastion risk montecarlo --returns spy.csv --model block --block-length 10 --paths 20000 --horizon 252 --seed 7");
        foreach (Option o in new Option[] { returns, column, model, paths, horizon, seed, block, dof, threshold, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string file = parse.GetValue(returns)!;
            int p = parse.GetValue(paths), h = parse.GetValue(horizon), b = parse.GetValue(block);
            double nu = parse.GetValue(dof), l = parse.GetValue(threshold);
            if (p < 1 || h < 1)
            {
                throw new CliUsageException($"--paths and --horizon must be positive, got {p} and {h}");
            }

            if (!(l > 0.0 && l < 1.0))
            {
                throw new CliUsageException($"--loss-threshold must be in (0, 1), got {l}");
            }

            if (!(nu > 2.0) || double.IsInfinity(nu))
            {
                throw new CliUsageException($"--dof must be a finite number above 2, got {nu}");
            }

            (string name, double[] values) = RiskInput.ReadReturns(file, parse.GetValue(column));
            string m = parse.GetValue(model)!;
            if (values.Length < 2 || (m == "block" && (b < 1 || b > values.Length)))
            {
                throw new CliUsageException(m == "block"
                    ? $"--block-length {b} must be between 1 and the {values.Length} returns in {file}"
                    : $"{file}: {values.Length} returns; need at least 2");
            }

            var options = new PathSimulationOptions(
                m switch { "block" => PathModel.BlockBootstrap, "normal" => PathModel.Normal, "student-t" => PathModel.StudentT, _ => PathModel.Bootstrap },
                p,
                h,
                parse.GetValue(seed),
                b,
                nu,
                l);
            PathSimulationResult result = VarCommand.Compute(() => PathSimulator.Run(values, options));
            double[] finals = (double[])result.FinalValues.Clone(), drawdowns = (double[])result.MaxDrawdowns.Clone();
            Array.Sort(finals);
            Array.Sort(drawdowns);
            OutputFormat f = parse.GetValue(format);
            if (f == OutputFormat.Json)
            {
                Output.WriteJson(context.Out, new
                {
                    inputs = new { returns = file, column = name, observations = values.Length, model = m, paths = p, horizonDays = h, seed = options.Seed, lossThreshold = l },
                    meanFinalValue = result.FinalValues.Average(),
                    breachProbability = result.BreachProbability,
                    finalValue = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(finals, q) }),
                    maxDrawdown = s_percentiles.Select(q => new { percentile = q, value = Quantiles.OfSorted(drawdowns, q) }),
                });
                return ExitCodes.Ok;
            }

            var rows = s_percentiles.Select(q => (IReadOnlyList<string>)
                [Output.Number(q * 100) + "%", Output.Number(Quantiles.OfSorted(finals, q)), Output.Number(Quantiles.OfSorted(drawdowns, q))]).ToList();
            rows.Add(["mean", Output.Number(result.FinalValues.Average()), Output.Number(result.MaxDrawdowns.Average())]);
            rows.Add(["breach probability", Output.Number(result.BreachProbability), string.Empty]);
            string[] headers = ["percentile", "final value", "max drawdown"];
            if (f == OutputFormat.Csv)
            {
                Output.WriteCsv(context.Out, headers, rows);
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m}: {p} paths of {h} days from {file} column {name} ({values.Length} returns), seed {options.Seed}, breach at -{l:P0}"));
                Output.WriteTable(context.Out, headers, rows);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
