namespace Bastion.Risk.VaR;

/// <summary>The volatility model that standardizes returns in filtered historical simulation.</summary>
public enum VolatilityFilter
{
    /// <summary>RiskMetrics EWMA (zero mean, λ given, arch's backcast start): zₜ = rₜ/σₜ, scenarios zₜ σₙ₊₁.</summary>
    Ewma = 1,

    /// <summary>GARCH(1,1), normal quasi-likelihood, constant mean, backcast start: zₜ = (rₜ − μ)/σₜ, scenarios μ + zₜ σₙ₊₁.</summary>
    Garch = 2,
}
