namespace Bastion.Pricing.American;

/// <summary>
/// A binomial tree's value and Greeks, in QuantLib's conventions. Delta and gamma come from the tree nodes at steps
/// 1 and 2 (Hull); theta per year is QuantLib's <c>blackScholesTheta</c>: r·V − (r − q)·S·Δ − ½σ²S²Γ.
/// Vega and rho are central bump-and-reprice differences (σ ± 1e-4, r ± 1e-4) and are NaN unless requested.
/// </summary>
/// <param name="Price">Present value.</param>
/// <param name="Delta">∂V/∂S from the step-1 nodes.</param>
/// <param name="Gamma">∂²V/∂S² from the step-2 nodes.</param>
/// <param name="ThetaPerYear">Theta per year from the Black–Scholes equation with tree delta and gamma.</param>
/// <param name="VegaPerUnitVol">Bumped vega per 1.00 vol, or NaN.</param>
/// <param name="RhoPerUnitRate">Bumped rho per 1.00 rate, or NaN.</param>
/// <param name="Steps">Steps actually used (Leisen–Reimer rounds up to odd).</param>
public readonly record struct TreeValuation(
    double Price,
    double Delta,
    double Gamma,
    double ThetaPerYear,
    double VegaPerUnitVol,
    double RhoPerUnitRate,
    int Steps)
{
    /// <summary>Theta per calendar day: <see cref="ThetaPerYear"/> / 365.</summary>
    public double ThetaPerDay => ThetaPerYear / OptionGreeks.DaysPerYear;
}
