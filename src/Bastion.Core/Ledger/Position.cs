using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Ledger;

/// <summary>
/// A snapshot of one position. <see cref="Quantity"/> is signed (negative = short); <see cref="AverageCost"/> is the
/// quantity-weighted entry price per unit of the open quantity (positive; zero when flat), in <see cref="Currency"/>.
/// </summary>
/// <param name="Symbol">Instrument held.</param>
/// <param name="Quantity">Signed units held: positive long, negative short.</param>
/// <param name="AverageCost">Average entry price per unit of the open quantity.</param>
/// <param name="Multiplier">Value of one unit per 1.00 of price.</param>
/// <param name="Currency">Currency of prices and P&amp;L.</param>
/// <param name="RealizedPnl">Realized P&amp;L of this symbol so far, before commissions and fees.</param>
public readonly record struct Position(Symbol Symbol, decimal Quantity, decimal AverageCost, decimal Multiplier, Currency Currency, decimal RealizedPnl)
{
    /// <summary>Market value at <paramref name="mark"/>: quantity × mark × multiplier (negative for a short).</summary>
    public decimal MarketValue(decimal mark) => Quantity * mark * Multiplier;

    /// <summary>Unrealized P&amp;L at <paramref name="mark"/>: quantity × (mark − average cost) × multiplier.</summary>
    public decimal UnrealizedPnl(decimal mark) => Quantity * (mark - AverageCost) * Multiplier;
}
