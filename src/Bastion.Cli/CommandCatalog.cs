using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli;

/// <summary>The list of top-level nouns. Add one line per noun; its builder lives in <c>Commands/&lt;Noun&gt;/</c>.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Commands.Risk.RiskCommand.Create(context);
    }
}
