namespace Bastion.Numerics.Distributions;

/// <summary>
/// Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): series below x = a + 1, Lentz's
/// continued fraction above (Numerical Recipes §6.2), each returning the small side directly so tails keep
/// their relative precision. The prefactor xᵃe⁻ˣ/Γ(a) uses Loader's saddle-point form for large a.
/// </summary>
internal static class IncompleteGamma
{
    private const int MaxIterations = 100_000;

    /// <summary>P(a, x), the lower regularized incomplete gamma function, a &gt; 0, x ≥ 0.</summary>
    internal static double Lower(double a, double x) => Evaluate(a, x, upper: false);

    /// <summary>Q(a, x), the upper regularized incomplete gamma function, a &gt; 0, x ≥ 0.</summary>
    internal static double Upper(double a, double x) => Evaluate(a, x, upper: true);

    private static double Evaluate(double a, double x, bool upper)
    {
        if (x <= 0.0)
        {
            return upper ? 1.0 : 0.0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return upper ? 0.0 : 1.0;
        }

        if (x < a + 1.0)
        {
            double p = Prefix(a, x) * Series(a, x);
            return upper ? 1.0 - p : p;
        }

        double q = Prefix(a, x) * ContinuedFraction(a, x);
        return upper ? q : 1.0 - q;
    }

    /// <summary>xᵃ e⁻ˣ / Γ(a).</summary>
    internal static double Prefix(double a, double x)
    {
        if (a >= 10.0)
        {
            // xᵃe⁻ˣ/Γ(a) = a · xᵃe⁻ˣ/Γ(a+1) = a · exp(−δ(a) − bd0(a, x)) / √(2πa).
            return a * Math.Exp(-SpecialFunctions.StirlingError(a) - SpecialFunctions.Bd0(a, x)) / Math.Sqrt(2.0 * Math.PI * a);
        }

        double logPrefix = (a * Math.Log(x)) - x - SpecialFunctions.LogGamma(a);
        if (x < 700.0 && logPrefix > -700.0 && logPrefix < 700.0)
        {
            // Exponentiate the pieces separately: exp of a large sum would lose its last digits.
            return Math.Pow(x, a) * Math.Exp(-x) / MathNet.Numerics.SpecialFunctions.Gamma(a);
        }

        return Math.Exp(logPrefix);
    }

    private static double Series(double a, double x)
    {
        double ap = a;
        double del = 1.0 / a;
        double sum = del;
        for (int n = 0; n < MaxIterations; n++)
        {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (Math.Abs(del) < Math.Abs(sum) * SpecialFunctions.Tolerance)
            {
                break;
            }
        }

        return sum;
    }

    private static double ContinuedFraction(double a, double x)
    {
        const double Tiny = 1e-300;
        double b = x + 1.0 - a;
        double c = 1.0 / Tiny;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MaxIterations; i++)
        {
            double an = -i * (i - a);
            b += 2.0;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1.0 / d;
            double del = d * c;
            h *= del;
            if (Math.Abs(del - 1.0) < SpecialFunctions.Tolerance)
            {
                break;
            }
        }

        return h;
    }
}
