using System.CommandLine;
using Bastion.Analytics.Series;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Attribution;

/// <summary><c>bastion attribution brinson|factors|style</c>: where the active or excess return came from.</summary>
internal static class AttributionCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("attribution", "Performance attribution: Brinson–Fachler by sector, factor regression (Fama–French layout), returns-based style analysis");
        command.Subcommands.Add(BrinsonCommand.Create(context));
        command.Subcommands.Add(FactorsCommand.Create(context));
        command.Subcommands.Add(StyleCommand.Create(context));
        return command;
    }

    /// <summary>One return series from a <c>--returns</c> file: <paramref name="column"/>, or the first column.</summary>
    public static ReturnSeries ReadReturns(string path, string? column) => SeriesFile.Read(path, "--returns", column, prices: false)[0];

    /// <summary>Runs <paramref name="work"/>, turning library input errors into one-line usage errors.</summary>
    public static T Guard<T>(Func<T> work, string context)
    {
        try
        {
            return work();
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex, context);
        }
    }

    public static string Pct(double v) => double.IsNaN(v) ? "NaN" : (v * 100).ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Raw(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
