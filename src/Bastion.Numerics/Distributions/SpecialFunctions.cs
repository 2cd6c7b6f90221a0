namespace Bastion.Numerics.Distributions;

/// <summary>
/// Log-gamma and log-beta evaluated so that large arguments keep their relative precision: the Stirling remainder
/// (Loader 2000, as in R's <c>stirlerr</c>/<c>bd0</c>) replaces differences of large log-gammas.
/// </summary>
internal static class SpecialFunctions
{
    internal const double LnSqrt2Pi = 0.918938533204672741780329736406;
    private const double Epsilon = 1e-16;

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    internal static double LogGamma(double x) => MathNet.Numerics.SpecialFunctions.GammaLn(x);

    /// <summary>
    /// The Stirling remainder δ(z) = ln Γ(z + 1) − (z + ½) ln z + z − ln √(2π), for z &gt; 0.
    /// Asymptotic series for z ≥ 10 (error below 1e-17), direct otherwise.
    /// </summary>
    internal static double StirlingError(double z)
    {
        if (z < 10.0)
        {
            return LogGamma(z + 1.0) - ((z + 0.5) * Math.Log(z)) + z - LnSqrt2Pi;
        }

        double z2 = 1.0 / (z * z);
        double s = 7.0 / 1092.0;
        s = (-691.0 / 360360.0) + (s * z2);
        s = (1.0 / 1188.0) + (s * z2);
        s = (-1.0 / 1680.0) + (s * z2);
        s = (1.0 / 1260.0) + (s * z2);
        s = (-1.0 / 360.0) + (s * z2);
        s = (1.0 / 12.0) + (s * z2);
        return s / z;
    }

    /// <summary>The deviance term bd0(x, m) = x ln(x/m) + m − x, without cancellation when x ≈ m (Loader 2000).</summary>
    internal static double Bd0(double x, double m)
    {
        double diff = x - m;
        if (Math.Abs(diff) < 0.1 * (x + m))
        {
            double v = diff / (x + m);
            double s = diff * v;
            double ej = 2.0 * x * v;
            double v2 = v * v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v2;
                double s1 = s + (ej / ((2 * j) + 1));
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return (x * Math.Log(x / m)) + m - x;
    }

    /// <summary>ln B(a, b) for a, b &gt; 0, keeping relative precision when one or both arguments are large.</summary>
    internal static double LogBeta(double a, double b)
    {
        double p = Math.Min(a, b);
        double q = Math.Max(a, b);
        if (q < 10.0)
        {
            return LogGamma(p) + LogGamma(q) - LogGamma(p + q);
        }

        double corr = StirlingError(q) - StirlingError(p + q);
        if (p < 10.0)
        {
            // ln Γ(q) − ln Γ(p + q) in Stirling form: the large terms cancel analytically.
            return LogGamma(p) + corr - ((q - 0.5) * LogOnePlus(p / q)) - (p * Math.Log(p + q)) + p;
        }

        return LnSqrt2Pi - (0.5 * Math.Log(q)) + StirlingError(p) + corr
            + ((p - 0.5) * Math.Log(p / (p + q))) + (q * LogOnePlus(-p / (p + q)));
    }

    /// <summary>ln(1 + x), accurate for small x (x &gt; −1).</summary>
    internal static double LogOnePlus(double x)
    {
        // Goldberg's trick: the rounding error of 1 + x cancels in log(u) / (u − 1).
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>The machine tolerance continued fractions and series stop at.</summary>
    internal static double Tolerance => Epsilon;
}
