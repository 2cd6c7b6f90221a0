namespace Bastion.Core.Orders;

/// <summary>Something that happened to an order. Immutable; a <see cref="Blotter"/> applies events to orders in sequence.</summary>
/// <param name="OrderId">The order the event is about.</param>
/// <param name="Time">When it happened, UTC.</param>
public abstract record OrderEvent(long OrderId, DateTimeOffset Time);
