using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Orders;

/// <summary>
/// One execution of (part of) an order. Immutable. Quantity is positive; the side says the direction.
/// Price is in the instrument's quote currency per unit; commission and fees are positive costs in <see cref="Currency"/>.
/// </summary>
/// <param name="OrderId">The order this fill belongs to.</param>
/// <param name="Symbol">Instrument traded.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Units filled, positive.</param>
/// <param name="Price">Fill price per unit, on the instrument's tick.</param>
/// <param name="Commission">Broker commission, a positive cost in <paramref name="Currency"/>.</param>
/// <param name="Fees">Exchange and regulatory fees, a positive cost in <paramref name="Currency"/>.</param>
/// <param name="Currency">Currency of the price, commission and fees.</param>
/// <param name="Time">When the fill happened, UTC.</param>
public sealed record Fill(
    long OrderId,
    Symbol Symbol,
    OrderSide Side,
    decimal Quantity,
    decimal Price,
    decimal Commission,
    decimal Fees,
    Currency Currency,
    DateTimeOffset Time)
{
    /// <summary>Quantity with sign: positive for a buy, negative for a sell.</summary>
    public decimal SignedQuantity => Side == OrderSide.Buy ? Quantity : -Quantity;
}
