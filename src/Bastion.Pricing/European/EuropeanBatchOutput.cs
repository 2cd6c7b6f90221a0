namespace Bastion.Pricing.European;

/// <summary>
/// Output columns of <see cref="EuropeanBatch"/> (structure of arrays). Each span must be as long as the input,
/// or empty to skip that column. Units as <see cref="OptionGreeks"/>: vega and rho per 1.00, theta per year.
/// </summary>
/// <param name="Price">Present values.</param>
/// <param name="Delta">∂V/∂S.</param>
/// <param name="Gamma">∂²V/∂S².</param>
/// <param name="VegaPerUnitVol">∂V/∂σ per 1.00 vol.</param>
/// <param name="ThetaPerYear">−∂V/∂T per year.</param>
/// <param name="RhoPerUnitRate">∂V/∂r per 1.00.</param>
/// <param name="DividendRhoPerUnitRate">∂V/∂q per 1.00.</param>
public readonly ref struct EuropeanBatchOutput(
    Span<double> Price,
    Span<double> Delta,
    Span<double> Gamma,
    Span<double> VegaPerUnitVol,
    Span<double> ThetaPerYear,
    Span<double> RhoPerUnitRate,
    Span<double> DividendRhoPerUnitRate)
{
    /// <summary>Present values.</summary>
    public Span<double> Price { get; } = Price;

    /// <summary>∂V/∂S.</summary>
    public Span<double> Delta { get; } = Delta;

    /// <summary>∂²V/∂S².</summary>
    public Span<double> Gamma { get; } = Gamma;

    /// <summary>∂V/∂σ per 1.00 vol.</summary>
    public Span<double> VegaPerUnitVol { get; } = VegaPerUnitVol;

    /// <summary>−∂V/∂T per year.</summary>
    public Span<double> ThetaPerYear { get; } = ThetaPerYear;

    /// <summary>∂V/∂r per 1.00.</summary>
    public Span<double> RhoPerUnitRate { get; } = RhoPerUnitRate;

    /// <summary>∂V/∂q per 1.00.</summary>
    public Span<double> DividendRhoPerUnitRate { get; } = DividendRhoPerUnitRate;
}
