namespace Bastion.Analytics.Reports.Portfolio;

/// <summary>One portfolio of a <see cref="PortfolioReport"/>.</summary>
/// <param name="Name">Display name (e.g. the optimizer, <c>max-sharpe</c>).</param>
/// <param name="Weights">Weights aligned with the report's symbols (fractions of capital).</param>
/// <param name="ExpectedReturn">Annual expected return μᵀw.</param>
/// <param name="Volatility">Annual volatility √(wᵀΣw).</param>
/// <param name="Sharpe">(μᵀw − r_f) / √(wᵀΣw); NaN when the volatility is zero.</param>
/// <param name="RiskContributions">Share of the variance from each asset, wᵢ(Σw)ᵢ / wᵀΣw; sums to one.</param>
public sealed record PortfolioSummary(
    string Name,
    IReadOnlyList<double> Weights,
    double ExpectedReturn,
    double Volatility,
    double Sharpe,
    IReadOnlyList<double> RiskContributions);
