using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli;

/// <summary>The list of top-level nouns. Add one line per noun; its builder lives in <c>Commands/&lt;Noun&gt;/</c>.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Commands.Attribution.AttributionCommand.Create(context);
        yield return Commands.Backtest.BacktestCommand.Create(context);
        yield return Commands.Data.DataCommand.Create(context);
        yield return Commands.Demo.DemoCommand.Create(context);
        yield return Commands.Fx.FxCommand.Create(context);
        yield return Commands.Metrics.MetricsCommand.Create(context);
        yield return Commands.Portfolio.AllocateCommand.Create(context);
        yield return Commands.Portfolio.CovarianceCommand.Create(context);
        yield return Commands.Portfolio.FrontierCommand.Create(context);
        yield return Commands.Portfolio.OptimizeCommand.Create(context);
        yield return Commands.Portfolio.RebalanceCommand.Create(context);
        yield return Commands.Price.PriceCommand.Create(context);
        yield return Commands.Report.ReportCommand.Create(context);
        yield return Commands.Risk.RiskCommand.Create(context);
        yield return Commands.Stats.StatsCommand.Create(context);
    }
}
