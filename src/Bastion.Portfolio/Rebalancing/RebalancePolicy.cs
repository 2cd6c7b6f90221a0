namespace Bastion.Portfolio.Rebalancing;

/// <summary>
/// When and how far to rebalance. Immutable; <see cref="Validate"/> runs once when a <see cref="Rebalancer"/> is built.
/// Weights and thresholds are fractions of equity (0.05 = 5 points).
/// </summary>
public sealed record RebalancePolicy
{
    /// <summary>Calendar trigger.</summary>
    public RebalanceCalendar Calendar { get; init; } = RebalanceCalendar.Monthly;

    /// <summary>Rebalance when any |weight − target| exceeds this (e.g. 0.05), or null.</summary>
    public double? AbsoluteDrift { get; init; }

    /// <summary>Rebalance when any |weight − target| / target exceeds this (e.g. 0.20), or null.</summary>
    public double? RelativeDrift { get; init; }

    /// <summary>Rebalance when realized volatility moved by more than this fraction since the last rebalance (e.g. 0.25), or null.</summary>
    public double? VolatilityChange { get; init; }

    /// <summary>Rebalance whenever the state reports a risk-limit breach.</summary>
    public bool OnRiskLimitBreach { get; init; } = true;

    /// <summary>No-trade band: an asset within ± band of its target is left alone (0 = none).</summary>
    public double NoTradeBand { get; init; }

    /// <summary>Hysteresis: an asset outside the band is traded back to the band's edge rather than to the target.</summary>
    public bool TradeToBandEdge { get; init; }

    /// <summary>Trades smaller than this value are not made.</summary>
    public decimal MinimumTradeValue { get; init; }

    /// <summary>Estimated cost of trading, basis points of traded value (commission, spread, impact).</summary>
    public double CostBasisPoints { get; init; }

    /// <summary>
    /// Cost-aware rebalancing: keep a trade only when its expected improvement, ½ λ ((w − t)ᵀΣ(w − t) − (d − t)ᵀΣ(d − t)) × equity
    /// with λ = <see cref="RiskAversion"/> and Σ the state's covariance, beats its estimated cost. Needs a covariance in the state.
    /// </summary>
    public bool CostAware { get; init; }

    /// <summary>Risk aversion λ that prices tracking error for <see cref="CostAware"/> (e.g. 1–10).</summary>
    public double RiskAversion { get; init; } = 1.0;

    /// <summary>Checks every value; throws naming the first bad property.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is negative or not finite, or a band is 0.5 or more.</exception>
    public void Validate()
    {
        Check(AbsoluteDrift, nameof(AbsoluteDrift));
        Check(RelativeDrift, nameof(RelativeDrift));
        Check(VolatilityChange, nameof(VolatilityChange));
        Check(CostBasisPoints, nameof(CostBasisPoints));
        Check(RiskAversion, nameof(RiskAversion));
        if (!(NoTradeBand >= 0 && NoTradeBand < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(NoTradeBand), NoTradeBand, "no-trade band must be in [0, 0.5)");
        }

        if (MinimumTradeValue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumTradeValue), MinimumTradeValue, "minimum trade value must not be negative");
        }

        if (!Enum.IsDefined(Calendar))
        {
            throw new ArgumentOutOfRangeException(nameof(Calendar), Calendar, "unknown calendar");
        }
    }

    private static void Check(double? value, string name)
    {
        if (value is double v && !(v >= 0 && double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} must be a non-negative number");
        }
    }
}
