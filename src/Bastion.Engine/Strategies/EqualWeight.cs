using Bastion.Core.MarketData;

namespace Bastion.Engine.Strategies;

/// <summary>
/// Holds every symbol that has a price at an equal fraction of equity, rebalanced on the first bar of each month
/// (the first time step in which a bar starts in a new calendar month, UTC; the first bar of the data counts).
/// </summary>
internal sealed class EqualWeight : Strategy
{
    private MonthChange _months;
    private bool _rebalance;

    public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
        if (_months.IsNewMonth(bar.Start))
        {
            _rebalance = true;
        }
    }

    public override void OnTimeStep(IStrategyContext context)
    {
        if (!_rebalance)
        {
            return;
        }

        _rebalance = false;
        int priced = 0;
        for (int i = 0; i < context.Symbols.Count; i++)
        {
            priced += context.HasBar(i) ? 1 : 0;
        }

        decimal weight = 1m / priced;
        for (int i = 0; i < context.Symbols.Count; i++)
        {
            if (context.HasBar(i))
            {
                context.OrderTargetPercent(i, weight);
            }
        }
    }
}
