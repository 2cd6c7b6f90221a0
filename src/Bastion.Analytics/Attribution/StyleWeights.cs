namespace Bastion.Analytics.Attribution;

/// <summary>Style weights fitted on one window ending at <paramref name="Date"/>.</summary>
/// <param name="Date">Last date of the window.</param>
/// <param name="Weights">One weight per style (≥ 0, summing to 1), in style-column order.</param>
/// <param name="RSquared">Style R² = 1 − Var(tracking difference) / Var(fund returns) on the window.</param>
public sealed record StyleWeights(DateTimeOffset Date, IReadOnlyList<double> Weights, double RSquared);
