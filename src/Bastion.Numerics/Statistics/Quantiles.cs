namespace Bastion.Numerics.Statistics;

/// <summary>Empirical quantiles with a named definition (<see cref="QuantileMethod"/>). Thread-safe.</summary>
public static class Quantiles
{
    /// <summary>
    /// The <paramref name="probability"/>-quantile of <paramref name="values"/> (any order; copied and sorted: one allocation).
    /// Use <see cref="OfSorted"/> on a hot path with data sorted once.
    /// </summary>
    /// <exception cref="ArgumentException">Empty, non-finite values, or probability outside [0, 1].</exception>
    public static double Of(ReadOnlySpan<double> values, double probability, QuantileMethod method = QuantileMethod.Linear)
    {
        Moments.RequireFinite(values, 1);
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        return OfSorted(sorted, probability, method);
    }

    /// <summary>The <paramref name="probability"/>-quantile of values already sorted ascending. Allocation-free.</summary>
    /// <exception cref="ArgumentException">Empty, or probability outside [0, 1].</exception>
    public static double OfSorted(ReadOnlySpan<double> sorted, double probability, QuantileMethod method = QuantileMethod.Linear)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("needs at least one observation", nameof(sorted));
        }

        if (!(probability >= 0.0 && probability <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "probability must be in [0, 1]");
        }

        double h = probability * (sorted.Length - 1);
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        double frac = h - lo;
        return method switch
        {
            QuantileMethod.Linear => frac == 0.0 ? sorted[lo] : sorted[lo] + (frac * (sorted[hi] - sorted[lo])),
            QuantileMethod.Lower => sorted[lo],
            QuantileMethod.Higher => frac == 0.0 ? sorted[lo] : sorted[hi],
            QuantileMethod.Nearest => sorted[(int)Math.Round(h, MidpointRounding.ToEven)],
            QuantileMethod.Midpoint => frac == 0.0 ? sorted[lo] : 0.5 * (sorted[lo] + sorted[hi]),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown quantile method"),
        };
    }
}
