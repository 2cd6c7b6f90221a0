namespace Bastion.Core.Orders;

/// <summary>The order passed its checks and is working.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">When it was accepted, UTC.</param>
public sealed record OrderAccepted(long OrderId, DateTimeOffset Time) : OrderEvent(OrderId, Time);
