namespace Bastion.Portfolio.Optimization;

/// <summary>A mean–CVaR allocation with its risk figures.</summary>
/// <param name="Allocation">The weights (or why there are none).</param>
/// <param name="Cvar">Conditional value at risk: the mean loss of the worst (1 − β) share of the historical scenarios, per period of the return panel, positive = loss (NaN when not optimal).</param>
/// <param name="ValueAtRisk">The minimizing α of Rockafellar–Uryasev: the β-quantile of the scenario loss, per period (NaN when not optimal).</param>
public sealed record CvarAllocation(PortfolioAllocation Allocation, double Cvar, double ValueAtRisk);
