namespace Bastion.Core.MarketData;

/// <summary>One trade print.</summary>
/// <param name="TimeUtcTicks">Trade time, UTC ticks.</param>
/// <param name="Price">Trade price.</param>
/// <param name="Size">Traded quantity.</param>
public readonly record struct TradeTick(long TimeUtcTicks, double Price, double Size)
{
    /// <summary>Trade time.</summary>
    public DateTimeOffset Time => new(TimeUtcTicks, TimeSpan.Zero);
}
