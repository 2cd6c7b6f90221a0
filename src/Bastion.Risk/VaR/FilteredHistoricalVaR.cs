using Bastion.Numerics.Statistics;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.VaR;

/// <summary>
/// Filtered historical simulation (Barone-Adesi, Giannopoulos and Vosper, 1999; Hull and White, 1998): returns are divided by
/// their conditional volatility, and the standardized residuals rescaled by tomorrow's forecast volatility form the scenarios;
/// VaR and ES are then read as in <see cref="HistoricalVaR"/>. Multi-day horizons use the square-root-of-time rule only.
/// Thread-safe.
/// </summary>
public static class FilteredHistoricalVaR
{
    /// <summary>One-day-ahead FHS VaR and ES, scaled by √h for <paramref name="horizonDays"/> &gt; 1.</summary>
    /// <exception cref="ArgumentException">Too few returns for the confidence (⌈1/(1 − c)⌉, and at least 10 for the GARCH filter), or a non-finite return.</exception>
    public static RiskEstimate Estimate(
        ReadOnlySpan<double> returns,
        double confidence,
        VolatilityFilter filter = VolatilityFilter.Ewma,
        double lambda = EwmaVolatility.RiskMetricsLambda,
        QuantileMethod method = QuantileMethod.Linear,
        int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        Guard.Finite(returns, Math.Max(Guard.MinimumHistoricalObservations(confidence), 2), nameof(returns));
        double[] scenarios = Scenarios(returns, filter, lambda);
        RiskEstimate one = HistoricalVaR.Estimate(scenarios, confidence, method);
        return horizonDays == 1 ? one : one.ScaleBySquareRootOfTime(horizonDays);
    }

    /// <summary>The rescaled scenarios zₜ σₙ₊₁ (+ μ for the GARCH filter), one per input return.</summary>
    public static double[] Scenarios(ReadOnlySpan<double> returns, VolatilityFilter filter, double lambda = EwmaVolatility.RiskMetricsLambda)
    {
        double mean;
        double[] variances;
        double next;
        switch (filter)
        {
            case VolatilityFilter.Ewma:
                EwmaFit ewma = EwmaVolatility.Filter(returns, lambda, VarianceStart.Backcast);
                (mean, variances, next) = (0.0, ewma.Variances, ewma.NextVariance);
                break;
            case VolatilityFilter.Garch:
                GarchFit garch = GarchEstimator.Fit(returns, new GarchSpecification());
                (mean, variances, next) = (garch["mu"], garch.ConditionalVariances, garch.NextVariance);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, "unknown volatility filter");
        }

        double sigmaNext = Math.Sqrt(next);
        var scenarios = new double[returns.Length];
        for (int t = 0; t < returns.Length; t++)
        {
            scenarios[t] = mean + ((returns[t] - mean) / Math.Sqrt(variances[t]) * sigmaNext);
        }

        return scenarios;
    }
}
