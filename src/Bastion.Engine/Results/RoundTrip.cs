using Bastion.Core.Symbols;

namespace Bastion.Engine.Results;

/// <summary>
/// A trade from flat to flat in one symbol (a flip through zero closes one round trip and opens the next).
/// Prices in the quote currency; P&amp;L, MAE and MFE in the quote currency and net of nothing but what is said.
/// </summary>
/// <param name="Symbol">Instrument.</param>
/// <param name="Quantity">Units entered, signed: positive long, negative short.</param>
/// <param name="EntryTime">Time of the first entry fill, UTC.</param>
/// <param name="EntryPrice">Quantity-weighted average entry price.</param>
/// <param name="ExitTime">Time of the fill that made the position flat, UTC.</param>
/// <param name="ExitPrice">Quantity-weighted average exit price.</param>
/// <param name="Pnl">Realized P&amp;L less the commissions and fees of its fills.</param>
/// <param name="Commission">Commissions and fees of its fills (a flipping fill's costs are split by quantity).</param>
/// <param name="Return">Pnl ÷ (entry price × |quantity| × multiplier): a simple fraction.</param>
/// <param name="MaximumAdverseExcursion">Worst unrealized P&amp;L during the trade from bar lows (highs for a short), ≤ 0, before costs.</param>
/// <param name="MaximumFavorableExcursion">Best unrealized P&amp;L during the trade from bar highs (lows for a short), ≥ 0, before costs.</param>
public sealed record RoundTrip(
    Symbol Symbol,
    decimal Quantity,
    DateTimeOffset EntryTime,
    decimal EntryPrice,
    DateTimeOffset ExitTime,
    decimal ExitPrice,
    decimal Pnl,
    decimal Commission,
    decimal Return,
    decimal MaximumAdverseExcursion,
    decimal MaximumFavorableExcursion)
{
    /// <summary>Exit time − entry time.</summary>
    public TimeSpan HoldingPeriod => ExitTime - EntryTime;
}
