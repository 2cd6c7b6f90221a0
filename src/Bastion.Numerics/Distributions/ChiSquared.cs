namespace Bastion.Numerics.Distributions;

/// <summary>The chi-square distribution with k degrees of freedom. Thread-safe.</summary>
public static class ChiSquared
{
    /// <summary>Distribution function P(X ≤ x).</summary>
    public static double Cdf(double x, double degreesOfFreedom)
        => x <= 0 ? 0.0 : MathNet.Numerics.Distributions.ChiSquared.CDF(Check(degreesOfFreedom), x);

    /// <summary>Survival function P(X &gt; x), the p-value of a chi-square statistic; accurate in the far tail.</summary>
    public static double Survival(double x, double degreesOfFreedom)
        => x <= 0 ? 1.0 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(0.5 * Check(degreesOfFreedom), 0.5 * x);

    /// <summary>Quantile: the x with P(X ≤ x) = p, for p in [0, 1).</summary>
    public static double InverseCdf(double p, double degreesOfFreedom)
    {
        if (!(p >= 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in [0, 1)");
        }

        return MathNet.Numerics.Distributions.ChiSquared.InvCDF(Check(degreesOfFreedom), p);
    }

    private static double Check(double k)
    {
        if (!(k > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "degrees of freedom must be positive");
        }

        return k;
    }
}
