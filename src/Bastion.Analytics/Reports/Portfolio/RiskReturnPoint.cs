namespace Bastion.Analytics.Reports.Portfolio;

/// <summary>A point of the risk–return plane.</summary>
/// <param name="Volatility">Annual volatility.</param>
/// <param name="ExpectedReturn">Annual expected return.</param>
public readonly record struct RiskReturnPoint(double Volatility, double ExpectedReturn);
