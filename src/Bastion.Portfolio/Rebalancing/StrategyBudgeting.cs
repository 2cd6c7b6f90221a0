namespace Bastion.Portfolio.Rebalancing;

/// <summary>How capital is split across selected strategies.</summary>
public enum StrategyBudgeting
{
    /// <summary>Equal capital.</summary>
    EqualWeight = 1,

    /// <summary>Capital ∝ 1 / volatility.</summary>
    InverseVolatility = 2,

    /// <summary>Equal (or given) risk contributions from the strategies' covariance.</summary>
    RiskParity = 3,
}
