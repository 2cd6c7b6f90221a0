namespace Bastion.Pricing.Portfolio;

/// <summary>
/// Greeks summed over positions (each scaled by quantity × multiplier). Delta is in units of underlying (share-
/// equivalents) and only meaningful per underlying; <see cref="DollarDelta"/> (Δ·S) and <see cref="DollarGamma"/>
/// (½·Γ·S²·1%², the P&amp;L of a 1% move) add across underlyings. Vega and rho per 1.00, theta per year.
/// </summary>
/// <param name="Underlying">Underlying, or "TOTAL" for the whole book.</param>
/// <param name="Positions">Number of positions.</param>
/// <param name="Value">Market value.</param>
/// <param name="Delta">Share-equivalent delta (NaN in the total across several underlyings).</param>
/// <param name="Gamma">Share-equivalent gamma (NaN in the total across several underlyings).</param>
/// <param name="DollarDelta">Σ Δ·S.</param>
/// <param name="DollarGamma">Σ ½·Γ·(0.01·S)², P&amp;L of a 1% move from gamma.</param>
/// <param name="VegaPerUnitVol">Σ vega.</param>
/// <param name="ThetaPerYear">Σ theta per year.</param>
/// <param name="RhoPerUnitRate">Σ rho.</param>
public sealed record AggregateGreeks(
    string Underlying,
    int Positions,
    double Value,
    double Delta,
    double Gamma,
    double DollarDelta,
    double DollarGamma,
    double VegaPerUnitVol,
    double ThetaPerYear,
    double RhoPerUnitRate)
{
    /// <summary>Σ theta per calendar day (theta / 365).</summary>
    public double ThetaPerDay => ThetaPerYear / OptionGreeks.DaysPerYear;
}
