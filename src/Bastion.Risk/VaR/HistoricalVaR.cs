using Bastion.Numerics.Statistics;

namespace Bastion.Risk.VaR;

/// <summary>
/// Historical-simulation VaR and ES of a return or P&amp;L series.
/// VaR = −q₁₋c where q is the empirical quantile by the named <see cref="QuantileMethod"/> (NumPy's names;
/// <see cref="QuantileMethod.Linear"/> is NumPy's and R type 7's default).
/// ES = −mean{ xₜ : xₜ ≤ q₁₋c }: the average of the observations at or beyond the VaR quantile (the "tail mean"
/// convention; it is the Euler-additive one used by <see cref="Portfolio.PortfolioHistoricalRisk"/>).
/// Selection is O(n) (quickselect), not a full sort. Thread-safe.
/// </summary>
public static class HistoricalVaR
{
    /// <summary>VaR and ES of <paramref name="values"/> (returns as fractions, or P&amp;L in currency). Allocates one scratch copy.</summary>
    /// <exception cref="ArgumentException">Fewer than ⌈1/(1 − c)⌉ observations, or a non-finite value.</exception>
    public static RiskEstimate Estimate(ReadOnlySpan<double> values, double confidence, QuantileMethod method = QuantileMethod.Linear, int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        Guard.Finite(values, Guard.MinimumHistoricalObservations(confidence), nameof(values));
        var scratch = new double[values.Length];
        return Estimate(values, confidence, method, scratch, horizonDays);
    }

    /// <summary>
    /// Allocation-free hot-path form: <paramref name="scratch"/> (at least as long as <paramref name="values"/>) is overwritten.
    /// Values are not scanned for NaN and the minimum sample size is not enforced here: validate once upstream.
    /// </summary>
    public static RiskEstimate Estimate(ReadOnlySpan<double> values, double confidence, QuantileMethod method, Span<double> scratch, int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        if (values.Length == 0 || scratch.Length < values.Length)
        {
            throw new ArgumentException("values must be non-empty and scratch at least as long", nameof(scratch));
        }

        Span<double> work = scratch[..values.Length];
        values.CopyTo(work);
        double q = OrderStatistics.Quantile(work, 1.0 - confidence, method);
        double sum = 0.0;
        int count = 0;
        foreach (double v in values)
        {
            if (v <= q)
            {
                sum += v;
                count++;
            }
        }

        return new RiskEstimate(-q, -sum / count, confidence, horizonDays);
    }

    /// <summary>
    /// A multi-day estimate: <see cref="HorizonScaling.SquareRootOfTime"/> scales the one-day figures by √h;
    /// <see cref="HorizonScaling.OverlappingReturns"/> applies the method to overlapping h-day compounded returns.
    /// </summary>
    public static RiskEstimate Estimate(ReadOnlySpan<double> dailyReturns, double confidence, int horizonDays, HorizonScaling scaling, QuantileMethod method = QuantileMethod.Linear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        return scaling switch
        {
            HorizonScaling.SquareRootOfTime => Estimate(dailyReturns, confidence, method).ScaleBySquareRootOfTime(horizonDays),
            HorizonScaling.OverlappingReturns => Estimate(MultiDayReturns.Overlapping(dailyReturns, horizonDays), confidence, method, horizonDays),
            _ => throw new ArgumentOutOfRangeException(nameof(scaling), scaling, "unknown horizon scaling"),
        };
    }
}
