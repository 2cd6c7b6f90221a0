using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Calendars;
using Bastion.Data;
using Bastion.Data.Validation;

namespace Bastion.Cli.Commands.Data;

/// <summary><c>bastion data validate FILE...</c>: every problem of every file, then a summary.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Price files (OHLCV, Yahoo, split date/time or wide layout, detected from the header)",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxSigma = new Option<double>("--max-sigma")
        {
            Description = "Flag log returns beyond this many robust (MAD-based) standard deviations of the last 60",
            DefaultValueFactory = _ => ValidationOptions.Default.MaxSigma,
        };
        var staleRun = new Option<int>("--stale-run")
        {
            Description = "Flag the same close repeated this many times in a row",
            DefaultValueFactory = _ => ValidationOptions.Default.StaleRun,
        };
        var calendar = new Option<string?>("--calendar")
        {
            Description = "Trading calendar to check gaps against: XNYS, 24x7 or 24x5 (missing trading days and rows on closed days are reported)",
        };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("validate",
            "Check price files and print every problem as file:line field message, then a summary. " +
            "Exit 0 when no errors (warnings allowed), 1 when errors were found, 2 when a file cannot be read.\n\n" +
            "Example:\n  bastion data validate data/samples/*.csv --max-sigma 12 --stale-run 6 --format json");
        command.Arguments.Add(files);
        command.Options.Add(maxSigma);
        command.Options.Add(staleRun);
        command.Options.Add(calendar);
        command.Options.Add(format);
        command.SetAction(parse => Run(context, parse.GetValue(files) ?? [], parse.GetValue(maxSigma), parse.GetValue(staleRun), parse.GetValue(calendar), parse.GetValue(format)));
        return command;
    }

    private static int Run(CliContext context, string[] files, double maxSigma, int staleRun, string? calendarName, OutputFormat format)
    {
        if (!(maxSigma > 0) || double.IsInfinity(maxSigma))
        {
            throw new CliUsageException($"--max-sigma must be a positive number, got {maxSigma}");
        }

        if (staleRun < 2)
        {
            throw new CliUsageException($"--stale-run must be at least 2, got {staleRun}");
        }

        ITradingCalendar? calendar = null;
        if (calendarName is not null)
        {
            try
            {
                calendar = TradingCalendars.Get(calendarName);
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex, $"--calendar");
            }
        }

        var options = new ValidationOptions { MaxSigma = maxSigma, StaleRun = staleRun, Calendar = calendar };
        var reports = new List<ValidationReport>();
        foreach (string file in files)
        {
            try
            {
                reports.Add(DataValidator.Validate(file, options));
            }
            catch (Exception ex) when (ex is DataFormatException or IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException(ex is DataFormatException ? ex.Message : $"{file}: cannot read: {ex.Message}", ex);
            }
        }

        ValidationOutput.Write(context.Out, reports, format);
        return reports.All(r => r.IsClean) ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
