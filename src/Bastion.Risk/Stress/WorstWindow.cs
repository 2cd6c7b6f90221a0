namespace Bastion.Risk.Stress;

/// <summary>A historical window of consecutive returns.</summary>
/// <param name="Start">Index of the first return in the window.</param>
/// <param name="Length">Number of returns.</param>
/// <param name="Return">Compounded return ∏(1 + rₜ) − 1 over the window.</param>
public readonly record struct WorstWindow(int Start, int Length, double Return);
