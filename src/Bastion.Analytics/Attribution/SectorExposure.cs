namespace Bastion.Analytics.Attribution;

/// <summary>
/// One sector in one period: portfolio and benchmark weights at the start of the period and their returns over it.
/// Weights and returns are simple fractions (0.25 = 25%, 0.01 = 1%).
/// </summary>
/// <param name="Sector">Sector (or any segment) name.</param>
/// <param name="PortfolioWeight">w_p,i: the portfolio's weight in the sector (0 when not held).</param>
/// <param name="PortfolioReturn">R_p,i: the return of the portfolio's holdings in the sector over the period.</param>
/// <param name="BenchmarkWeight">w_b,i: the benchmark's weight in the sector (0 when not held).</param>
/// <param name="BenchmarkReturn">R_b,i: the benchmark sector's return over the period.</param>
public readonly record struct SectorExposure(string Sector, double PortfolioWeight, double PortfolioReturn, double BenchmarkWeight, double BenchmarkReturn);
