namespace Bastion.Core.MarketData;

/// <summary>
/// One OHLCV bar: prices of the interval [<see cref="StartUtcTicks"/>, start + <see cref="PeriodTicks"/>).
/// A hot-path value: 48 bytes, no references, so arrays and spans of bars stay allocation-free.
/// Prices are <see cref="double"/> (market data), volume in units of the instrument.
/// </summary>
/// <param name="StartUtcTicks">Start of the interval, UTC ticks (100 ns since 0001-01-01).</param>
/// <param name="PeriodTicks">Length of the interval in ticks (a day is <see cref="TimeSpan.TicksPerDay"/>).</param>
/// <param name="Open">First trade price.</param>
/// <param name="High">Highest trade price.</param>
/// <param name="Low">Lowest trade price.</param>
/// <param name="Close">Last trade price.</param>
/// <param name="Volume">Traded quantity.</param>
public readonly record struct Bar(long StartUtcTicks, long PeriodTicks, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Start of the interval.</summary>
    public DateTimeOffset Start => new(StartUtcTicks, TimeSpan.Zero);

    /// <summary>End of the interval (exclusive): the moment the bar is closed and may be seen by a strategy.</summary>
    public DateTimeOffset End => new(EndUtcTicks, TimeSpan.Zero);

    /// <summary>End of the interval in UTC ticks.</summary>
    public long EndUtcTicks => StartUtcTicks + PeriodTicks;

    /// <summary>Length of the interval.</summary>
    public TimeSpan Period => new(PeriodTicks);
}
