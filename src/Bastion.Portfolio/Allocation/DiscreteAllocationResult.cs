namespace Bastion.Portfolio.Allocation;

/// <summary>Whole-lot orders for a target portfolio.</summary>
/// <param name="Method"><c>greedy</c> or <c>least-squares</c>.</param>
/// <param name="Lots">Symbol → number of lots to hold (only non-zero holdings).</param>
/// <param name="Leftover">Cash not invested.</param>
/// <param name="TrackingError">Root of Σ (target value − held value)² / V²: how far the rounded book is from the weights.</param>
public sealed record DiscreteAllocationResult(string Method, IReadOnlyDictionary<string, long> Lots, decimal Leftover, double TrackingError);
