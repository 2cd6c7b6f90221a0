namespace Bastion.Portfolio.Rebalancing;

/// <summary>The rebalancer's answer for one date: whether it triggered, the orders, and what it skipped and why.</summary>
/// <param name="Date">Decision date.</param>
/// <param name="Triggers">What triggered (empty when nothing did).</param>
/// <param name="Orders">Orders to send (empty when nothing is to be done).</param>
/// <param name="Skipped">Assets left alone, with the reason (inside band, below minimum size, not worth the cost).</param>
/// <param name="EstimatedCost">Estimated cost of the orders.</param>
public sealed record RebalanceDecision(
    DateOnly Date,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<RebalanceOrder> Orders,
    IReadOnlyList<string> Skipped,
    decimal EstimatedCost)
{
    /// <summary>True when a trigger fired.</summary>
    public bool Triggered => Triggers.Count > 0;
}
