namespace Bastion.Analytics.Trades;

/// <summary>
/// One closed round-trip trade as the engine reports it. Prices and P&amp;L are in the account currency as
/// <c>double</c> (analytics precision; the ledger keeps decimals).
/// </summary>
/// <param name="Symbol">Instrument symbol.</param>
/// <param name="EntryTime">Time of the opening fill, UTC.</param>
/// <param name="ExitTime">Time of the closing fill, UTC; not before <paramref name="EntryTime"/>.</param>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="ExitPrice">Average exit price.</param>
/// <param name="Quantity">Signed quantity: positive long, negative short.</param>
/// <param name="Pnl">Realized profit and loss net of costs, in currency.</param>
/// <param name="Return">Trade return as a fraction of the entry notional (0.02 = 2%).</param>
/// <param name="Mae">Maximum adverse excursion while open, a fraction of entry notional, ≤ 0.</param>
/// <param name="Mfe">Maximum favourable excursion while open, a fraction of entry notional, ≥ 0.</param>
public sealed record TradeRecord(
    string Symbol,
    DateTimeOffset EntryTime,
    DateTimeOffset ExitTime,
    double EntryPrice,
    double ExitPrice,
    double Quantity,
    double Pnl,
    double Return,
    double Mae,
    double Mfe)
{
    /// <summary>How long the position was open.</summary>
    public TimeSpan HoldingTime => ExitTime - EntryTime;

    /// <summary>Traded notional of both legs: |quantity| × (entry price + exit price).</summary>
    public double TradedNotional => Math.Abs(Quantity) * (Math.Abs(EntryPrice) + Math.Abs(ExitPrice));
}
