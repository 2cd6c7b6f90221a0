namespace Bastion.Core.Orders;

/// <summary>The order was cancelled; any unfilled quantity is dropped.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">When it was cancelled, UTC.</param>
/// <param name="Reason">Why (asked by the strategy, immediate-or-cancel remainder, fill-or-kill not met, ...).</param>
public sealed record OrderCancelled(long OrderId, DateTimeOffset Time, string Reason) : OrderEvent(OrderId, Time);
