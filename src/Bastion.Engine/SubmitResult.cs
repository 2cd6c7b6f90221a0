using Bastion.Core.Orders;

namespace Bastion.Engine;

/// <summary>What became of an order a strategy submitted.</summary>
/// <param name="OrderId">The order's id; 0 when no order was needed (a target already met).</param>
/// <param name="Status">Its status right after submission (accepted, rejected, or filled at once with same-bar fills).</param>
/// <param name="Reason">Why it was rejected or not needed; empty otherwise.</param>
public readonly record struct SubmitResult(long OrderId, OrderStatus Status, string Reason)
{
    /// <summary>True when the order was accepted (or already filled).</summary>
    public bool IsAccepted => OrderId != 0 && Status is not OrderStatus.Rejected;
}
