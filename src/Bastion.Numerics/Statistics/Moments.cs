namespace Bastion.Numerics.Statistics;

/// <summary>
/// Mean, variance, skewness and kurtosis of a sample. Two-pass algorithms (accurate for data with a large mean).
/// Inputs must be finite: a NaN anywhere is an <see cref="ArgumentException"/>, never a silent NaN result.
/// Allocation-free; thread-safe.
/// </summary>
public static class Moments
{
    /// <summary>Arithmetic mean.</summary>
    /// <exception cref="ArgumentException">Empty, or a non-finite value.</exception>
    public static double Mean(ReadOnlySpan<double> values)
    {
        RequireFinite(values, 1);
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / values.Length;

        // One correction pass removes most rounding error of the naive sum.
        double correction = 0.0;
        foreach (double v in values)
        {
            correction += v - mean;
        }

        return mean + (correction / values.Length);
    }

    /// <summary>Variance with the named estimator (n − 1 or n in the denominator).</summary>
    /// <exception cref="ArgumentException">Too few values (2 for <see cref="VarianceEstimator.Sample"/>), or a non-finite value.</exception>
    public static double Variance(ReadOnlySpan<double> values, VarianceEstimator estimator = VarianceEstimator.Sample)
    {
        int ddof = estimator == VarianceEstimator.Sample ? 1 : 0;
        RequireFinite(values, 1 + ddof);
        double mean = Mean(values);
        double ss = 0.0, comp = 0.0;
        foreach (double v in values)
        {
            double d = v - mean;
            ss += d * d;
            comp += d;
        }

        // Corrected two-pass formula (Chan, Golub and LeVeque, 1983).
        int n = values.Length;
        return (ss - (comp * comp / n)) / (n - ddof);
    }

    /// <summary>Standard deviation: the square root of <see cref="Variance"/>.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values, VarianceEstimator estimator = VarianceEstimator.Sample)
        => Math.Sqrt(Variance(values, estimator));

    /// <summary>
    /// Skewness: g1 = m3 / m2^1.5 (population), or G1 = g1 √(n(n−1)) / (n−2) (sample-adjusted).
    /// Returns NaN for a constant series (undefined).
    /// </summary>
    public static double Skewness(ReadOnlySpan<double> values, MomentEstimator estimator = MomentEstimator.Population)
    {
        RequireFinite(values, estimator == MomentEstimator.SampleAdjusted ? 3 : 1);
        CentralMoments(values, out double m2, out double m3, out _);
        if (m2 == 0.0)
        {
            return double.NaN;
        }

        double g1 = m3 / Math.Pow(m2, 1.5);
        if (estimator == MomentEstimator.Population)
        {
            return g1;
        }

        double n = values.Length;
        return g1 * Math.Sqrt(n * (n - 1)) / (n - 2);
    }

    /// <summary>
    /// Excess kurtosis (0 for a normal distribution): g2 = m4/m2² − 3 (population), or
    /// G2 = ((n+1) g2 + 6)(n−1) / ((n−2)(n−3)) (sample-adjusted). Add 3 for raw kurtosis.
    /// Returns NaN for a constant series (undefined).
    /// </summary>
    public static double ExcessKurtosis(ReadOnlySpan<double> values, MomentEstimator estimator = MomentEstimator.Population)
    {
        RequireFinite(values, estimator == MomentEstimator.SampleAdjusted ? 4 : 1);
        CentralMoments(values, out double m2, out _, out double m4);
        if (m2 == 0.0)
        {
            return double.NaN;
        }

        double g2 = (m4 / (m2 * m2)) - 3.0;
        if (estimator == MomentEstimator.Population)
        {
            return g2;
        }

        double n = values.Length;
        return (((n + 1) * g2) + 6.0) * (n - 1) / ((n - 2) * (n - 3));
    }

    /// <summary>Population central moments m2, m3, m4 (divided by n).</summary>
    private static void CentralMoments(ReadOnlySpan<double> values, out double m2, out double m3, out double m4)
    {
        double mean = Mean(values);
        double s2 = 0.0, s3 = 0.0, s4 = 0.0;
        foreach (double v in values)
        {
            double d = v - mean;
            double d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }

        int n = values.Length;
        m2 = s2 / n;
        m3 = s3 / n;
        m4 = s4 / n;
    }

    internal static void RequireFinite(ReadOnlySpan<double> values, int minimumCount, string name = "values")
    {
        if (values.Length < minimumCount)
        {
            throw new ArgumentException($"needs at least {minimumCount} observation(s), got {values.Length}", name);
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"element {i} is {values[i]}; all values must be finite", name);
            }
        }
    }
}
