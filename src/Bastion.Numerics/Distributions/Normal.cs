namespace Bastion.Numerics.Distributions;

/// <summary>
/// The normal distribution. Static members are the standard normal; <see cref="Cdf(double, double, double)"/> and
/// friends take a mean and standard deviation. Thread-safe, allocation-free.
/// </summary>
public static class Normal
{
    private const double InvSqrt2Pi = 0.398942280401432677939946059934;
    private const double InvSqrt2 = 0.707106781186547524400844362105;
    private const double Sqrt2Pi = 2.50662827463100050241576528481;

    /// <summary>Standard normal density φ(x).</summary>
    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Standard normal distribution function Φ(x), accurate to a few ulps in both tails (via erfc).</summary>
    public static double Cdf(double x) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-x * InvSqrt2);

    /// <summary>
    /// The standard normal quantile Φ⁻¹(p) for p in [0, 1]: returns −∞ at 0 and +∞ at 1.
    /// Wichura's AS 241 (PPND16, relative accuracy about 1e-16) on the smaller tail, polished by one Halley step on
    /// that tail's Φ, which brings it to full double precision (verified against SciPy <c>norm.ppf</c> from p = 5e-324 up).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public static double InverseCdf(double p)
    {
        if (!(p >= 0.0 && p <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in [0, 1]");
        }

        if (p == 0.0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1.0)
        {
            return double.PositiveInfinity;
        }

        // Work with the lower-tail probability of the smaller side; 1 − p is exact for p ≥ 0.5 (Sterbenz).
        bool upper = p > 0.5;
        double tail = upper ? 1.0 - p : p;
        double x = NormalQuantileAs241.LowerTail(tail);

        // Halley step on Φ(x) − tail (x ≤ 0 here). Skipped below 1e-290 where Φ(x) is subnormal and too coarse.
        if (tail > 1e-290 && x < 0.0)
        {
            double e = Cdf(x) - tail;
            double u = e * Sqrt2Pi * Math.Exp(0.5 * x * x);
            x -= u / (1.0 + (0.5 * x * u));
        }

        return upper ? -x : x;
    }

    /// <summary>Normal density with mean <paramref name="mean"/> and standard deviation <paramref name="stdDev"/> (&gt; 0).</summary>
    public static double Pdf(double x, double mean, double stdDev) => Pdf((x - mean) / stdDev) / stdDev;

    /// <summary>Normal distribution function with mean <paramref name="mean"/> and standard deviation <paramref name="stdDev"/> (&gt; 0).</summary>
    public static double Cdf(double x, double mean, double stdDev) => Cdf((x - mean) / stdDev);

    /// <summary>Normal quantile with mean <paramref name="mean"/> and standard deviation <paramref name="stdDev"/> (&gt; 0).</summary>
    public static double InverseCdf(double p, double mean, double stdDev) => mean + (stdDev * InverseCdf(p));
}
