namespace Bastion.Core.Orders;

/// <summary>An order request was received and given an id.</summary>
/// <param name="OrderId">Id assigned to the order.</param>
/// <param name="Time">Submission time, UTC.</param>
/// <param name="Request">What was asked for.</param>
public sealed record OrderSubmitted(long OrderId, DateTimeOffset Time, OrderRequest Request) : OrderEvent(OrderId, Time);
