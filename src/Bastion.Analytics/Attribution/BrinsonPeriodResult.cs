namespace Bastion.Analytics.Attribution;

/// <summary>
/// Single-period Brinson–Fachler attribution. <see cref="Total"/>'s effects sum exactly (to rounding) to
/// <see cref="ActiveReturn"/> = R_p − R_b.
/// </summary>
/// <param name="Date">End of the period.</param>
/// <param name="PortfolioReturn">R_p = Σ w_p,i R_p,i.</param>
/// <param name="BenchmarkReturn">R_b = Σ w_b,i R_b,i.</param>
/// <param name="Sectors">Effects per sector, in input order.</param>
/// <param name="Total">Sum of the sector effects.</param>
public sealed record BrinsonPeriodResult(
    DateTimeOffset Date, double PortfolioReturn, double BenchmarkReturn, IReadOnlyList<AttributionEffects> Sectors, AttributionEffects Total)
{
    /// <summary>R_p − R_b (arithmetic active return of the period).</summary>
    public double ActiveReturn => PortfolioReturn - BenchmarkReturn;
}
