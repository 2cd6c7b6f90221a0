namespace Bastion.Numerics.Distributions;

/// <summary>
/// The regularized incomplete beta function Iₓ(a, b) by Lentz's continued fraction (Numerical Recipes §6.4), with the
/// symmetry Iₓ(a, b) = 1 − I₁₋ₓ(b, a) chosen so the fraction converges fast. Callers pass x and y = 1 − x separately
/// so neither loses digits to a subtraction.
/// </summary>
internal static class IncompleteBeta
{
    private const int MaxIterations = 100_000;

    /// <summary>Iₓ(a, b) (or its complement when <paramref name="complement"/>), with <paramref name="y"/> = 1 − <paramref name="x"/>.</summary>
    internal static double Regularized(double a, double b, double x, double y, bool complement = false)
    {
        if (x <= 0.0)
        {
            return complement ? 1.0 : 0.0;
        }

        if (y <= 0.0)
        {
            return complement ? 0.0 : 1.0;
        }

        if (x > (a + 1.0) / (a + b + 2.0))
        {
            return Regularized(b, a, y, x, !complement);
        }

        double logX = x <= 0.5 ? Math.Log(x) : SpecialFunctions.LogOnePlus(-y);
        double logY = y <= 0.5 ? Math.Log(y) : SpecialFunctions.LogOnePlus(-x);
        double front = Math.Exp((a * logX) + (b * logY) - SpecialFunctions.LogBeta(a, b)) / a;
        double value = front * ContinuedFraction(a, b, x);
        return complement ? 1.0 - value : value;
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1.0 / d;
        double h = d;
        for (int m = 1; m < MaxIterations; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
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
