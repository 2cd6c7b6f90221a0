namespace Bastion.Data.Synthetic;

/// <summary>Drift and volatility of one regime, annualized with 252 trading days.</summary>
/// <param name="AnnualDrift">Expected log-price growth per year plus half the variance (0.08 = 8% a year).</param>
/// <param name="AnnualVolatility">Long-run volatility per year (0.15 = 15%), the GARCH target in this regime.</param>
public sealed record RegimeParameters(double AnnualDrift, double AnnualVolatility);
