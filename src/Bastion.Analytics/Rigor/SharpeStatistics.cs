using Bastion.Analytics.Performance;
using Bastion.Numerics.Statistics;

namespace Bastion.Analytics.Rigor;

/// <summary>
/// The inputs of PSR, MinTRL and DSR estimated from a return series: per-period Sharpe ratio
/// mean(r − rf) / std(r − rf, ddof = 1), population skewness and RAW population kurtosis (as
/// <c>scipy.stats.skew</c> and <c>scipy.stats.kurtosis(fisher=False)</c>, the estimators Bailey and López de Prado use).
/// </summary>
/// <param name="Sharpe">Per-period (not annualized) Sharpe ratio.</param>
/// <param name="Skewness">Skewness γ₃.</param>
/// <param name="Kurtosis">Raw kurtosis γ₄ (3 for normal).</param>
/// <param name="Observations">Number of returns.</param>
public sealed record SharpeStatistics(double Sharpe, double Skewness, double Kurtosis, int Observations)
{
    /// <summary>Estimates the statistics from <paramref name="returns"/> (at least 2, not all equal).</summary>
    /// <param name="returns">Simple per-period returns.</param>
    /// <param name="riskFreePerPeriod">Per-period risk-free rate subtracted before the Sharpe ratio.</param>
    /// <exception cref="ArgumentException">Fewer than 2 returns, or zero dispersion (the Sharpe ratio is undefined).</exception>
    public static SharpeStatistics Of(ReadOnlySpan<double> returns, double riskFreePerPeriod = 0.0)
    {
        if (returns.Length < 2)
        {
            throw new ArgumentException($"the Sharpe ratio needs at least 2 returns, got {returns.Length}", nameof(returns));
        }

        double sr = ReturnMetrics.SharpeRatio(returns, riskFreePerPeriod, 1.0);
        if (double.IsNaN(sr))
        {
            throw new ArgumentException("the Sharpe ratio is undefined: returns are constant (zero volatility)", nameof(returns));
        }

        return new SharpeStatistics(sr, Moments.Skewness(returns), Moments.ExcessKurtosis(returns) + 3.0, returns.Length);
    }
}
