namespace Bastion.Portfolio.Rebalancing;

/// <summary>Which strategies qualify for aggregation. Null criteria are not applied.</summary>
public sealed record StrategySelection
{
    /// <summary>Minimum annualized Sharpe ratio (zero risk-free rate).</summary>
    public double? MinimumSharpe { get; init; }

    /// <summary>Minimum number of trades.</summary>
    public int? MinimumTrades { get; init; }

    /// <summary>Minimum number of active periods (non-missing, non-zero returns).</summary>
    public int? MinimumActiveDays { get; init; }

    /// <summary>Periods per year for the Sharpe ratio.</summary>
    public int PeriodsPerYear { get; init; } = 252;
}
