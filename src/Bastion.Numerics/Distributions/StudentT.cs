namespace Bastion.Numerics.Distributions;

/// <summary>
/// Student's t distribution with ν degrees of freedom (standard: location 0, scale 1). Thread-safe.
/// Note the variance is ν/(ν−2) for ν &gt; 2: a t with unit variance needs scale √((ν−2)/ν).
/// </summary>
public static class StudentT
{
    /// <summary>Density at <paramref name="x"/>.</summary>
    public static double Pdf(double x, double degreesOfFreedom)
        => MathNet.Numerics.Distributions.StudentT.PDF(0.0, 1.0, Check(degreesOfFreedom), x);

    /// <summary>Distribution function P(T ≤ x).</summary>
    public static double Cdf(double x, double degreesOfFreedom)
        => MathNet.Numerics.Distributions.StudentT.CDF(0.0, 1.0, Check(degreesOfFreedom), x);

    /// <summary>Quantile: the x with P(T ≤ x) = p, for p in (0, 1).</summary>
    public static double InverseCdf(double p, double degreesOfFreedom)
    {
        if (!(p > 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        }

        return MathNet.Numerics.Distributions.StudentT.InvCDF(0.0, 1.0, Check(degreesOfFreedom), p);
    }

    private static double Check(double nu)
    {
        if (!(nu > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "degrees of freedom must be positive");
        }

        return nu;
    }
}
