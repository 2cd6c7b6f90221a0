using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Backtesting;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk coverage</c>: coverage tests from counts (Kupiec + traffic light) or a hit file (adds TUFF and Christoffersen).</summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context)
    {
        var observations = new Option<int?>("--observations") { Description = "Number of days N" };
        var exceptions = new Option<int?>("--exceptions") { Description = "Number of exceptions x" };
        var probability = new Option<double>("--probability") { Description = "Expected exception probability p = 1 - VaR confidence", DefaultValueFactory = _ => 0.01 };
        var hits = new Option<string>("--hits") { Description = "File of 0/1 hits, one per line (optional header)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("coverage",
            "VaR coverage tests: Kupiec POF and the Basel traffic light from counts; with a hit file also TUFF and Christoffersen.\n\n" +
            "Examples:\n  bastion risk coverage --observations 250 --exceptions 6 --probability 0.01\n  bastion risk coverage --hits hits.csv --probability 0.05 --format json");
        command.Options.Add(observations);
        command.Options.Add(exceptions);
        command.Options.Add(probability);
        command.Options.Add(hits);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            double p = parse.GetValue(probability);
            if (!(p > 0.0 && p < 1.0))
            {
                throw new CliUsageException($"--probability must be in (0, 1), got {p}");
            }

            string? file = parse.GetValue(hits);
            int? n = parse.GetValue(observations), x = parse.GetValue(exceptions);
            BacktestReport report;
            (string, string)[] inputs;
            if (file is not null)
            {
                if (n is not null || x is not null)
                {
                    throw new CliUsageException("give either --hits FILE or --observations with --exceptions, not both");
                }

                bool[] h = RiskInput.ReadHits(file);
                if (h.Length < 2)
                {
                    throw new CliUsageException($"{file}: {h.Length} hits; need at least 2");
                }

                report = VaRBacktest.FromHits(h, p);
                inputs = [("hits", file), ("probability", Output.Number(p))];
            }
            else
            {
                if (n is null || x is null)
                {
                    throw new CliUsageException("give --observations and --exceptions, or --hits FILE");
                }

                if (n < 1 || x < 0 || x > n)
                {
                    throw new CliUsageException($"--exceptions must be between 0 and --observations ({n}), and --observations positive; got {x} of {n}");
                }

                report = VaRBacktest.FromCounts(n.Value, x.Value, p);
                inputs = [("probability", Output.Number(p))];
            }

            BacktestOutput.Write(context.Out, parse.GetValue(format), report, inputs);
            return ExitCodes.Ok;
        });
        return command;
    }
}
