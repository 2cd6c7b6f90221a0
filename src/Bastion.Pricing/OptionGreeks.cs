namespace Bastion.Pricing;

/// <summary>
/// Price and sensitivities of one option, in QuantLib's conventions: vega and rho per 1.00 (100 percentage points)
/// change of volatility or rate, theta per year (<see cref="ThetaPerDay"/> is theta / 365).
/// </summary>
/// <param name="Price">Present value per unit of underlying.</param>
/// <param name="Delta">∂V/∂S (for Black-76: ∂V/∂F, the forward delta).</param>
/// <param name="Gamma">∂²V/∂S² (for Black-76: ∂²V/∂F², the forward gamma).</param>
/// <param name="VegaPerUnitVol">∂V/∂σ, per 1.00 change of volatility.</param>
/// <param name="ThetaPerYear">−∂V/∂T, the change in value per year of calendar time passing.</param>
/// <param name="RhoPerUnitRate">∂V/∂r (domestic, discounting rate), per 1.00 change of rate.</param>
/// <param name="DividendRhoPerUnitRate">∂V/∂q: dividend yield (BSM), foreign rate (Garman–Kohlhagen), 0 for Black-76.</param>
/// <param name="Vanna">∂²V/∂S∂σ (= ∂vega/∂S), per 1.00 vol.</param>
/// <param name="Volga">∂²V/∂σ² (= ∂vega/∂σ), per 1.00 vol squared.</param>
public readonly record struct OptionGreeks(
    double Price,
    double Delta,
    double Gamma,
    double VegaPerUnitVol,
    double ThetaPerYear,
    double RhoPerUnitRate,
    double DividendRhoPerUnitRate,
    double Vanna,
    double Volga)
{
    /// <summary>Days per year used for <see cref="ThetaPerDay"/>, as QuantLib's <c>thetaPerDay</c>.</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>Theta per calendar day: <see cref="ThetaPerYear"/> / 365.</summary>
    public double ThetaPerDay => ThetaPerYear / DaysPerYear;
}
