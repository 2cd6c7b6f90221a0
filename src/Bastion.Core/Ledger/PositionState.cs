using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Ledger;

/// <summary>The mutable position the account owns; <see cref="Position"/> is its public snapshot.</summary>
internal sealed class PositionState(Symbol symbol, decimal multiplier, Currency currency)
{
    public Symbol Symbol { get; } = symbol;

    public decimal Multiplier { get; } = multiplier;

    public Currency Currency { get; } = currency;

    public decimal Quantity { get; set; }

    public decimal AverageCost { get; set; }

    public decimal RealizedPnl { get; set; }

    public Position Snapshot() => new(Symbol, Quantity, AverageCost, Multiplier, Currency, RealizedPnl);

    /// <summary>
    /// Adds a signed quantity at a price and returns the P&amp;L it realizes. Adding to a position (or opening one)
    /// moves the average cost; reducing realizes (price − average) × closed × multiplier for a long (the reverse for a
    /// short) and keeps the average; crossing zero closes the old side and opens the rest at the fill price.
    /// </summary>
    public decimal Trade(decimal signedQuantity, decimal price)
    {
        decimal q = Quantity;
        if (q == 0m || Math.Sign(q) == Math.Sign(signedQuantity))
        {
            decimal total = q + signedQuantity;
            AverageCost = ((AverageCost * q) + (price * signedQuantity)) / total;
            Quantity = total;
            return 0m;
        }

        decimal closing = Math.Min(Math.Abs(signedQuantity), Math.Abs(q));
        decimal realized = closing * (price - AverageCost) * Multiplier * Math.Sign(q);
        decimal after = q + signedQuantity;
        Quantity = after;
        if (after == 0m)
        {
            AverageCost = 0m;
        }
        else if (Math.Sign(after) != Math.Sign(q))
        {
            AverageCost = price;
        }

        RealizedPnl += realized;
        return realized;
    }
}
