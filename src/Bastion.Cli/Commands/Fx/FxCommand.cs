using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Fx;

/// <summary><c>bastion fx</c>: forex arithmetic (pip values, cross rates).</summary>
internal static class FxCommand
{
    public static Command Create(CliContext context)
    {
        var fx = new Command("fx", "Forex arithmetic: pip values in any account currency, cross rates by triangulation.");
        fx.Subcommands.Add(FxPipValueCommand.Create(context));
        fx.Subcommands.Add(FxCrossCommand.Create(context));
        return fx;
    }
}
