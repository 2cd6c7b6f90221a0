namespace Bastion.Numerics.Distributions;

/// <summary>
/// The Cornish–Fisher expansion: a quantile adjusted for skewness and excess kurtosis (Favre and Galeano 2002,
/// modified VaR; the form used by PerformanceAnalytics and quantstats). Thread-safe.
/// </summary>
public static class CornishFisher
{
    /// <summary>
    /// The standardized quantile z_cf = z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36, where z = Φ⁻¹(p),
    /// S is skewness and K excess kurtosis. Multiply by σ and add μ for a return quantile. Note the expansion is
    /// not monotone in p for large |S| or K (a known limitation of the method).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p outside (0, 1), or a non-finite moment.</exception>
    public static double Quantile(double p, double skewness, double excessKurtosis)
    {
        if (!(p > 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        }

        if (!double.IsFinite(skewness))
        {
            throw new ArgumentOutOfRangeException(nameof(skewness), skewness, "skewness must be finite");
        }

        if (!double.IsFinite(excessKurtosis))
        {
            throw new ArgumentOutOfRangeException(nameof(excessKurtosis), excessKurtosis, "excess kurtosis must be finite");
        }

        double z = Normal.InverseCdf(p);
        double z2 = z * z;
        double z3 = z2 * z;
        return z + ((z2 - 1.0) * skewness / 6.0) + ((z3 - (3.0 * z)) * excessKurtosis / 24.0)
            - (((2.0 * z3) - (5.0 * z)) * skewness * skewness / 36.0);
    }
}
