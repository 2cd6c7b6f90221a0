namespace Bastion.Core.Orders;

/// <summary>The order's time in force ran out (end of day, or the good-till-date expiry).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">When it expired, UTC.</param>
public sealed record OrderExpired(long OrderId, DateTimeOffset Time) : OrderEvent(OrderId, Time);
