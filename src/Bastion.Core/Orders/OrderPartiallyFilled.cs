namespace Bastion.Core.Orders;

/// <summary>Part of the order's remaining quantity was filled; the rest keeps working.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">Fill time, UTC.</param>
/// <param name="Fill">The execution.</param>
public sealed record OrderPartiallyFilled(long OrderId, DateTimeOffset Time, Fill Fill) : OrderEvent(OrderId, Time);
