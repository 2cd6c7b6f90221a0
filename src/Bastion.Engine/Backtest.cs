using Bastion.Engine.Results;
using Bastion.Engine.Running;

namespace Bastion.Engine;

/// <summary>
/// Runs a strategy over bar feeds in simulated time. The same inputs give the same result, bit for bit
/// (<see cref="BacktestResult.OrderListHash"/>). See docs/engine.md for the fill rules and the event order.
/// </summary>
public static class Backtest
{
    /// <summary>
    /// Replays the feeds (merged in time order, each bar delivered when it closes) through <paramref name="strategy"/>
    /// and returns the equity curve, orders, fills and round trips.
    /// </summary>
    /// <param name="strategy">The strategy; a fresh instance per run.</param>
    /// <param name="feeds">One feed per symbol; symbol index i in the context is feeds[i].</param>
    /// <param name="options">Costs, cash, fill timing; defaults if null.</param>
    /// <exception cref="ArgumentException">A feed is missing, a symbol has two feeds, an instrument's currency has no FX rate, or an option is out of range.</exception>
    /// <exception cref="InvalidDataException">A bar is invalid or out of order (the message names symbol and time).</exception>
    public static BacktestResult Run(Strategy strategy, IReadOnlyList<BarFeed> feeds, BacktestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(feeds);
        options ??= new BacktestOptions();
        options.Validate();
        return new BacktestRun(strategy, feeds, options).Execute();
    }
}
