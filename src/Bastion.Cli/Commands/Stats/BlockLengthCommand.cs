using System.CommandLine;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Series;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary><c>bastion stats block-length</c>: Politis–White (2004) automatic block lengths, Patton–Politis–White (2009) correction.</summary>
internal static class BlockLengthCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ReturnInputs();
        var column = new Option<string?>("--column") { Description = "Only this column (default: every column)" };
        var format = CommonOptions.Format();
        var command = new Command("block-length", """
            Optimal block lengths for the stationary and circular block bootstraps: Politis & White (2004) with the correction
            of Patton, Politis & White (2009), as arch.bootstrap.optimal_block_length.
            Examples:
              bastion stats block-length --prices data/samples/spy_prices.csv
              bastion stats block-length --returns strategies.csv --column momentum --format json
            """);
        inputs.AddTo(command);
        command.Options.Add(column);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string? name = parse.GetValue(column);
            IReadOnlyList<ReturnSeries> series = inputs.Read(parse, name is null ? null : [name]);
            var rows = new List<IReadOnlyList<object>>();
            foreach (ReturnSeries s in series)
            {
                ReturnInputs.RequireObservations(s.Count, 10, $"column '{s.Name}'");
                (double stationary, double circular) = OptimalBlockLength.Estimate(s.Values);
                rows.Add([s.Name, s.Count, stationary, circular]);
            }

            StatsOutput.Write(context, parse.GetValue(format), [("method", "Politis-White (2004), Patton-Politis-White (2009) correction")],
                ["stationary = mean block length for --method stationary; circular = block length for circular and moving blocks (rounded when used); both are capped at min(3 sqrt(n), n/3)"],
                new StatsOutput.Table("series", ["series", "observations", "stationary", "circular"], rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
