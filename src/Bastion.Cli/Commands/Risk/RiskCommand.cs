using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk</c>: VaR and ES, VaR backtests, coverage tests, GARCH and EWMA volatility.</summary>
internal static class RiskCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("risk", "Market risk: VaR and ES, VaR backtests and coverage tests, GARCH and EWMA volatility, stress tests, Monte Carlo paths, regimes, limit checks.");
        command.Subcommands.Add(VarCommand.Create(context));
        command.Subcommands.Add(BacktestCommand.Create(context));
        command.Subcommands.Add(CoverageCommand.Create(context));
        command.Subcommands.Add(GarchCommand.Create(context));
        command.Subcommands.Add(EwmaCommand.Create(context));
        command.Subcommands.Add(StressCommand.Create(context));
        command.Subcommands.Add(MonteCarloCommand.Create(context));
        command.Subcommands.Add(CorrelationCommand.Create(context));
        command.Subcommands.Add(RegimesCommand.Create(context));
        command.Subcommands.Add(LimitsCommand.Create(context));
        return command;
    }
}
