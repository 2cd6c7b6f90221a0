namespace Bastion.Core.MarketData;

/// <summary>A top-of-book quote at one instant. Prices are <see cref="double"/>; sizes in units of the instrument.</summary>
/// <param name="TimeUtcTicks">Quote time, UTC ticks.</param>
/// <param name="Bid">Best bid price.</param>
/// <param name="BidSize">Quantity at the best bid.</param>
/// <param name="Ask">Best ask price.</param>
/// <param name="AskSize">Quantity at the best ask.</param>
public readonly record struct Quote(long TimeUtcTicks, double Bid, double BidSize, double Ask, double AskSize)
{
    /// <summary>Mid price, (bid + ask) / 2.</summary>
    public double Mid => 0.5 * (Bid + Ask);

    /// <summary>Quoted spread, ask − bid.</summary>
    public double Spread => Ask - Bid;

    /// <summary>Quote time.</summary>
    public DateTimeOffset Time => new(TimeUtcTicks, TimeSpan.Zero);
}
