namespace Bastion.Core.Orders;

/// <summary>The order was refused at submission.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Time">When it was refused, UTC.</param>
/// <param name="Reason">Why, in words a trader understands.</param>
public sealed record OrderRejected(long OrderId, DateTimeOffset Time, string Reason) : OrderEvent(OrderId, Time);
