namespace Bastion.Analytics.Attribution;

/// <summary>
/// Multi-period Brinson–Fachler attribution: the single periods and their linked effects. The linked
/// <see cref="Total"/> effects sum to <see cref="ActiveReturn"/> = compounded portfolio return − compounded benchmark
/// return (to rounding).
/// </summary>
/// <param name="Periods">Single-period results, in date order.</param>
/// <param name="Linking">The linking method used.</param>
/// <param name="LinkingCoefficients">The factor each period's effects were multiplied by (one per period).</param>
/// <param name="PortfolioReturn">∏(1 + R_p,t) − 1.</param>
/// <param name="BenchmarkReturn">∏(1 + R_b,t) − 1.</param>
/// <param name="Sectors">Linked effects per sector, in order of first appearance.</param>
/// <param name="Total">Linked effects summed over sectors.</param>
public sealed record BrinsonResult(
    IReadOnlyList<BrinsonPeriodResult> Periods,
    LinkingMethod Linking,
    IReadOnlyList<double> LinkingCoefficients,
    double PortfolioReturn,
    double BenchmarkReturn,
    IReadOnlyList<AttributionEffects> Sectors,
    AttributionEffects Total)
{
    /// <summary>Compounded active return: <see cref="PortfolioReturn"/> − <see cref="BenchmarkReturn"/>.</summary>
    public double ActiveReturn => PortfolioReturn - BenchmarkReturn;
}
