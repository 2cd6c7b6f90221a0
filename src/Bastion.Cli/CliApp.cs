using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli;

/// <summary>The <c>bastion</c> command: builds the command tree and runs one invocation.</summary>
public static class CliApp
{
    /// <summary>Runs the CLI with the given arguments, writing to the given streams. Returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr, clock ?? TimeProvider.System);
        RootCommand root = BuildRoot(context);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, naming what was wrong, and a non-zero exit: the CLI contract (DESIGN.md §4).
            stderr.WriteLine($"error: {parsed.Errors[0].Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Builds the whole command tree. Each noun lives in its own folder under <c>Commands/</c>.</summary>
    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Bastion: research, backtesting, portfolio construction, risk and pricing for systematic trading.");
        foreach (Command command in CommandCatalog.Create(context).OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
