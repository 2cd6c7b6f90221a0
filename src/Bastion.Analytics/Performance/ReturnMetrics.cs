using Bastion.Numerics.Statistics;

namespace Bastion.Analytics.Performance;

/// <summary>
/// Single performance statistics of a return series, with empyrical 0.5.5's definitions. Inputs are simple
/// per-period returns without NaN (see <see cref="Series.ReturnSeries"/>); rates passed in are per period unless the
/// parameter says annual. Each method returns NaN when the statistic is undefined (too few observations, zero
/// dispersion, no losses); <see cref="PerformanceAnalysis"/> attaches the reason. Thread-safe and allocation-free
/// except where a sort is needed (tail ratio, VaR, CVaR).
/// </summary>
public static class ReturnMetrics
{
    /// <summary>Compounded return over the whole series: ∏(1 + rₜ) − 1 (empyrical <c>cum_returns_final</c>).</summary>
    public static double CumulativeReturn(ReadOnlySpan<double> returns)
    {
        double wealth = 1.0;
        foreach (double r in returns)
        {
            wealth *= 1.0 + r;
        }

        return wealth - 1.0;
    }

    /// <summary>
    /// Compound annual growth rate: (1 + cumulative)^(1/years) − 1 with years = n / <paramref name="periodsPerYear"/>
    /// (empyrical <c>annual_return</c>). NaN for an empty series.
    /// </summary>
    public static double AnnualReturn(ReadOnlySpan<double> returns, double periodsPerYear)
    {
        if (returns.IsEmpty)
        {
            return double.NaN;
        }

        double years = returns.Length / periodsPerYear;
        return Math.Pow(1.0 + CumulativeReturn(returns), 1.0 / years) - 1.0;
    }

    /// <summary>Annualized volatility: sample standard deviation (ddof = 1) × √periodsPerYear. NaN below 2 observations.</summary>
    public static double AnnualVolatility(ReadOnlySpan<double> returns, double periodsPerYear)
        => StandardDeviation(returns, 0.0) * Math.Sqrt(periodsPerYear);

    /// <summary>
    /// Annualized Sharpe ratio: mean(r − rf) / std(r − rf, ddof = 1) × √periodsPerYear (empyrical <c>sharpe_ratio</c>).
    /// <paramref name="riskFreePerPeriod"/> is a per-period rate. NaN below 2 observations or with zero dispersion.
    /// </summary>
    public static double SharpeRatio(ReadOnlySpan<double> returns, double riskFreePerPeriod, double periodsPerYear)
    {
        double sd = StandardDeviation(returns, riskFreePerPeriod);
        double excess = Mean(returns) - riskFreePerPeriod;
        return IsZeroDispersion(sd, Mean(returns)) ? double.NaN : excess / sd * Math.Sqrt(periodsPerYear);
    }

    /// <summary>
    /// Annualized downside deviation below the per-period required return: √mean(min(r − MAR, 0)²) × √periodsPerYear
    /// (empyrical <c>downside_risk</c>; the mean runs over all observations, not only the losing ones).
    /// </summary>
    public static double DownsideRisk(ReadOnlySpan<double> returns, double requiredPerPeriod, double periodsPerYear)
    {
        if (returns.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0.0;
        foreach (double r in returns)
        {
            double d = Math.Min(r - requiredPerPeriod, 0.0);
            sum += d * d;
        }

        return Math.Sqrt(sum / returns.Length) * Math.Sqrt(periodsPerYear);
    }

    /// <summary>
    /// Sortino ratio: mean(r − MAR) × periodsPerYear / <see cref="DownsideRisk"/> (empyrical <c>sortino_ratio</c>).
    /// NaN below 2 observations or when no return is below the required return.
    /// </summary>
    public static double SortinoRatio(ReadOnlySpan<double> returns, double requiredPerPeriod, double periodsPerYear)
    {
        if (returns.Length < 2)
        {
            return double.NaN;
        }

        double dr = DownsideRisk(returns, requiredPerPeriod, periodsPerYear);
        return dr > 0.0 ? (Mean(returns) - requiredPerPeriod) * periodsPerYear / dr : double.NaN;
    }

    /// <summary>
    /// Maximum drawdown as a negative fraction (empyrical <c>max_drawdown</c>): the wealth index starts at 1 before
    /// the first return, so a loss on the first period counts. 0 when wealth never falls.
    /// </summary>
    public static double MaxDrawdown(ReadOnlySpan<double> returns)
    {
        double wealth = 1.0, peak = 1.0, worst = 0.0;
        foreach (double r in returns)
        {
            wealth *= 1.0 + r;
            if (wealth > peak)
            {
                peak = wealth;
            }

            double dd = (wealth - peak) / peak;
            if (dd < worst)
            {
                worst = dd;
            }
        }

        return worst;
    }

    /// <summary>Calmar ratio: annual return / |max drawdown| (empyrical <c>calmar_ratio</c>); NaN without a drawdown.</summary>
    public static double CalmarRatio(ReadOnlySpan<double> returns, double periodsPerYear)
    {
        double mdd = MaxDrawdown(returns);
        return mdd < 0.0 ? AnnualReturn(returns, periodsPerYear) / Math.Abs(mdd) : double.NaN;
    }

    /// <summary>
    /// Omega ratio (empyrical <c>omega_ratio</c>): Σ(r − rf − τ)⁺ / Σ(r − rf − τ)⁻ with the per-period threshold
    /// τ = (1 + annual required return)^(1/periodsPerYear) − 1. NaN below 2 observations, for a required return ≤ −1,
    /// or when nothing falls below the threshold.
    /// </summary>
    public static double OmegaRatio(ReadOnlySpan<double> returns, double riskFreePerPeriod, double annualRequiredReturn, double periodsPerYear)
    {
        if (returns.Length < 2 || annualRequiredReturn <= -1.0)
        {
            return double.NaN;
        }

        double threshold = periodsPerYear == 1.0 ? annualRequiredReturn : Math.Pow(1.0 + annualRequiredReturn, 1.0 / periodsPerYear) - 1.0;
        double gains = 0.0, losses = 0.0;
        foreach (double r in returns)
        {
            double x = r - riskFreePerPeriod - threshold;
            if (x > 0.0)
            {
                gains += x;
            }
            else if (x < 0.0)
            {
                losses -= x;
            }
        }

        return losses > 0.0 ? gains / losses : double.NaN;
    }

    /// <summary>Tail ratio: |95th percentile| / |5th percentile| (NumPy linear percentiles, empyrical <c>tail_ratio</c>).</summary>
    public static double TailRatio(ReadOnlySpan<double> sortedReturns)
    {
        if (sortedReturns.IsEmpty)
        {
            return double.NaN;
        }

        double low = Math.Abs(Percentile(sortedReturns, 0.05));
        return low > 0.0 ? Math.Abs(Percentile(sortedReturns, 0.95)) / low : double.NaN;
    }

    /// <summary>
    /// Historical value at risk at tail probability <paramref name="cutoff"/>, as a POSITIVE loss fraction:
    /// −percentile(r, 100·cutoff) (empyrical <c>value_at_risk</c> returns the percentile itself, a negative number).
    /// </summary>
    public static double ValueAtRisk(ReadOnlySpan<double> sortedReturns, double cutoff = 0.05)
        => sortedReturns.IsEmpty ? double.NaN : -Percentile(sortedReturns, cutoff);

    /// <summary>
    /// Historical conditional value at risk (expected shortfall), as a POSITIVE loss fraction: minus the mean of the
    /// k + 1 smallest returns with k = ⌊(n − 1)·cutoff⌋ (empyrical <c>conditional_value_at_risk</c>, sign flipped).
    /// </summary>
    public static double ConditionalValueAtRisk(ReadOnlySpan<double> sortedReturns, double cutoff = 0.05)
    {
        if (sortedReturns.IsEmpty)
        {
            return double.NaN;
        }

        int k = (int)((sortedReturns.Length - 1) * cutoff);
        double sum = 0.0;
        for (int i = 0; i <= k; i++)
        {
            sum += sortedReturns[i];
        }

        return -sum / (k + 1);
    }

    /// <summary>
    /// Stability: R² of an ordinary least-squares fit of cumulative log returns Σlog(1 + rₜ) against t = 0..n−1
    /// (empyrical <c>stability_of_timeseries</c>). NaN below 2 observations, for a return ≤ −1, or a flat curve.
    /// </summary>
    public static double Stability(ReadOnlySpan<double> returns)
    {
        if (returns.Length < 2)
        {
            return double.NaN;
        }

        // Streaming OLS of y on x = 0..n-1; x has known mean (n-1)/2 and Sxx = n(n²-1)/12.
        int n = returns.Length;
        double xMean = (n - 1) / 2.0;
        double y = 0.0, sy = 0.0, syy = 0.0, sxy = 0.0;
        for (int t = 0; t < n; t++)
        {
            if (returns[t] <= -1.0)
            {
                return double.NaN;
            }

            y += Math.Log(1.0 + returns[t]);
            sy += y;
            syy += y * y;
            sxy += (t - xMean) * y;
        }

        double sxx = n * (((double)n * n) - 1.0) / 12.0;
        double syyCentered = syy - (sy * sy / n);
        if (!(syyCentered > 0.0))
        {
            return double.NaN;
        }

        double r2 = sxy * sxy / (sxx * syyCentered);
        return Math.Min(r2, 1.0);
    }

    /// <summary>
    /// True when a standard deviation is zero up to rounding: a constant series has a computed std of a few ulps of
    /// its mean, which must not produce a Sharpe ratio of 10¹⁵.
    /// </summary>
    internal static bool IsZeroDispersion(double sd, double mean) => !(sd > 1e-12 * Math.Abs(mean)) || sd == 0.0;

    /// <summary>Arithmetic mean; NaN when empty.</summary>
    internal static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>Sample standard deviation (ddof = 1) of values − shift; the shift only improves conditioning.</summary>
    internal static double StandardDeviation(ReadOnlySpan<double> values, double shift)
    {
        int n = values.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        double mean = Mean(values) - shift;
        double ss = 0.0;
        foreach (double v in values)
        {
            double d = v - shift - mean;
            ss += d * d;
        }

        return Math.Sqrt(ss / (n - 1));
    }

    /// <summary>NumPy's default (linear) percentile of sorted data, probability in [0, 1].</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double probability)
        => Quantiles.OfSorted(sorted, probability, QuantileMethod.Linear);
}
