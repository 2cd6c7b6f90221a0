using Bastion.Core.MarketData;
using Bastion.Core.Orders;

namespace Bastion.Engine;

/// <summary>
/// A trading strategy: the engine calls these methods in simulated time order. Bars are delivered only when closed
/// (at their end time); all bars closing at the same time are delivered (<see cref="OnBar"/>, in feed order) before
/// <see cref="OnTimeStep"/>; fills are reported with <see cref="OnFill"/> before the bars of the step that filled
/// them. A strategy instance serves one run.
/// </summary>
public abstract class Strategy
{
    /// <summary>Called once before the first bar: ask for history, schedule callbacks, build per-symbol state.</summary>
    public virtual void Initialize(IStrategyContext context)
    {
    }

    /// <summary>A bar of the symbol at <paramref name="symbolIndex"/> has closed.</summary>
    public virtual void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
    }

    /// <summary>All bars closing at <see cref="IStrategyContext.Time"/> have been delivered (cross-sectional decisions go here).</summary>
    public virtual void OnTimeStep(IStrategyContext context)
    {
    }

    /// <summary>An order of this strategy filled (wholly or in part).</summary>
    public virtual void OnFill(IStrategyContext context, Fill fill)
    {
    }
}
