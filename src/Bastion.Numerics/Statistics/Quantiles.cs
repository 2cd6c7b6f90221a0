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

        if (double.IsNaN(sorted[0]) || double.IsNaN(sorted[^1]))
        {
            throw new ArgumentException("values must not be NaN", nameof(sorted));
        }

        if (!(probability >= 0.0 && probability <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "probability must be in [0, 1]");
        }

        int n = sorted.Length;
        double h = probability * (n - 1);
        switch (method)
        {
            case QuantileMethod.Linear:
                return Interpolate(sorted, h);
            case QuantileMethod.Lower:
                return sorted[(int)Math.Floor(h)];
            case QuantileMethod.Higher:
                return sorted[(int)Math.Ceiling(h)];
            case QuantileMethod.Nearest:
                return sorted[(int)Math.Round(h, MidpointRounding.ToEven)];
            case QuantileMethod.Midpoint:
            {
                double lo = Math.Floor(h);
                return lo == h ? sorted[(int)lo] : Lerp(sorted[(int)lo], sorted[(int)lo + 1], 0.5);
            }

            case QuantileMethod.Hazen:
                return Interpolate(sorted, HyndmanFan(n, probability, 0.5, 0.5));
            case QuantileMethod.Weibull:
                return Interpolate(sorted, HyndmanFan(n, probability, 0.0, 0.0));
            case QuantileMethod.MedianUnbiased:
                return Interpolate(sorted, HyndmanFan(n, probability, 1.0 / 3.0, 1.0 / 3.0));
            case QuantileMethod.NormalUnbiased:
                return Interpolate(sorted, HyndmanFan(n, probability, 3.0 / 8.0, 3.0 / 8.0));
            case QuantileMethod.InterpolatedInvertedCdf:
                return Interpolate(sorted, HyndmanFan(n, probability, 0.0, 1.0));
            case QuantileMethod.InvertedCdf:
            {
                double v = (n * probability) - 1.0;
                double previous = Math.Floor(v);
                return sorted[Math.Clamp((int)(v - previous == 0.0 ? previous : previous + 1.0), 0, n - 1)];
            }

            case QuantileMethod.AveragedInvertedCdf:
            {
                double v = (n * probability) - 1.0;
                if (v < 0.0 || v >= n - 1)
                {
                    return v < 0.0 ? sorted[0] : sorted[n - 1];
                }

                int previous = (int)Math.Floor(v);
                return Lerp(sorted[previous], sorted[previous + 1], v - previous == 0.0 ? 0.5 : 1.0);
            }

            case QuantileMethod.ClosestObservation:
            {
                double v = (n * probability) - 1.5;
                double previous = Math.Floor(v);
                bool takePrevious = v - previous == 0.0 && previous % 2.0 == 0.0;
                return sorted[Math.Clamp((int)(takePrevious ? previous : previous + 1.0), 0, n - 1)];
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "unknown quantile method");
        }
    }

    /// <summary>Hyndman–Fan virtual index (0-based), as NumPy computes it.</summary>
    private static double HyndmanFan(int n, double p, double alpha, double beta) => (n * p) + (alpha + (p * (1.0 - alpha - beta))) - 1.0;

    private static double Interpolate(ReadOnlySpan<double> sorted, double v)
    {
        int n = sorted.Length;
        if (v >= n - 1)
        {
            return sorted[n - 1];
        }

        if (v < 0.0)
        {
            return sorted[0];
        }

        int previous = (int)Math.Floor(v);
        return Lerp(sorted[previous], sorted[previous + 1], v - previous);
    }

    /// <summary>NumPy's <c>_lerp</c>: a + (b − a)t below t = ½, b − (b − a)(1 − t) above, so the endpoints are exact.</summary>
    private static double Lerp(double a, double b, double t)
    {
        double diff = b - a;
        return t >= 0.5 ? b - (diff * (1.0 - t)) : a + (diff * t);
    }
}
