namespace Bastion.Numerics.Distributions;

/// <summary>
/// Fisher's F distribution with d1 (numerator) and d2 (denominator) degrees of freedom, both &gt; 0. Thread-safe.
/// Used for regression F-tests. Verified against SciPy <c>f</c>.
/// </summary>
public static class FisherF
{
    /// <summary>Distribution function P(F ≤ x).</summary>
    public static double Cdf(double x, double numeratorDegreesOfFreedom, double denominatorDegreesOfFreedom)
        => Evaluate(x, numeratorDegreesOfFreedom, denominatorDegreesOfFreedom, survival: false);

    /// <summary>Survival function P(F &gt; x): the p-value of an F statistic; accurate in the far tail.</summary>
    public static double Survival(double x, double numeratorDegreesOfFreedom, double denominatorDegreesOfFreedom)
        => Evaluate(x, numeratorDegreesOfFreedom, denominatorDegreesOfFreedom, survival: true);

    private static double Evaluate(double x, double numeratorDegreesOfFreedom, double denominatorDegreesOfFreedom, bool survival)
    {
        double d1 = numeratorDegreesOfFreedom;
        double d2 = denominatorDegreesOfFreedom;
        if (!(d1 > 0.0) || double.IsPositiveInfinity(d1))
        {
            throw new ArgumentOutOfRangeException(nameof(numeratorDegreesOfFreedom), d1, "numerator degrees of freedom must be positive and finite");
        }

        if (!(d2 > 0.0) || double.IsPositiveInfinity(d2))
        {
            throw new ArgumentOutOfRangeException(nameof(denominatorDegreesOfFreedom), d2, "denominator degrees of freedom must be positive and finite");
        }

        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x <= 0.0)
        {
            return survival ? 1.0 : 0.0;
        }

        // P(F ≤ x) = I_z(d1/2, d2/2) with z = d1 x / (d1 x + d2); 1 − z = d2 / (d1 x + d2) computed directly.
        double denominator = (d1 * x) + d2;
        double z = d1 * x / denominator;
        double y = d2 / denominator;
        if (double.IsInfinity(x))
        {
            (z, y) = (1.0, 0.0);
        }

        return IncompleteBeta.Regularized(0.5 * d1, 0.5 * d2, z, y, complement: survival);
    }
}
