namespace Bastion.Core.Orders;

/// <summary>The last of the order's quantity was filled; the order is complete.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">Fill time, UTC.</param>
/// <param name="Fill">The final execution.</param>
public sealed record OrderFilled(long OrderId, DateTimeOffset Time, Fill Fill) : OrderEvent(OrderId, Time);
