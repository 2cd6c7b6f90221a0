namespace Bastion.Portfolio.Rebalancing;

/// <summary>One trade the rebalancer asks for, and why.</summary>
/// <param name="Symbol">Asset.</param>
/// <param name="Quantity">Signed quantity: positive buys, negative sells; a whole number of lots.</param>
/// <param name="Value">Signed traded value at the decision price.</param>
/// <param name="FromWeight">Weight before the trade.</param>
/// <param name="ToWeight">Weight aimed for.</param>
/// <param name="Reason">Why this trade (e.g. "drift 6.1 pts > band 2 pts, to band edge").</param>
public sealed record RebalanceOrder(string Symbol, decimal Quantity, decimal Value, double FromWeight, double ToWeight, string Reason);
