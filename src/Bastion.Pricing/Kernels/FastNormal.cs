using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Bastion.Pricing.Kernels;

/// <summary>
/// A fast standard normal distribution function for the batch and implied-volatility hot paths, scalar and
/// <see cref="Vector256{T}"/>. Φ(x) = ½·erfc(|x|/√2) (reflected for x &gt; 0), erfc(z) = exp(−z²)·erfcx(z), and erfcx
/// on [0, 28] is a degree-20 Chebyshev series in t = 4/(4+z), fitted by <c>tools/fixtures/pricing/fit_erfcx.py</c>
/// (worst relative error 4.7e-15). Tests check it against <c>Bastion.Numerics.Distributions.Normal</c>.
/// </summary>
internal static class FastNormal
{
    public const double InvSqrt2Pi = 0.398942280401432677939946059934;
    private const double InvSqrt2 = 0.707106781186547524400844362105;
    private const double ZMax = 28.0;

    // y = 2 (t − 1/8) / (7/8) − 1 = (16/7) t − 9/7, for t = 4 / (4 + z).
    private const double YScale = 16.0 / 7.0;
    private const double YShift = 9.0 / 7.0;

    private static ReadOnlySpan<double> Coefficients =>
    [
        0.32601627705596076, 0.4306883169462336, 0.16773423717544525, 0.055434142607197756,
        0.015580551227972894, 0.0036960883674560722, 0.0007250901234412001, 0.00011249949695624508,
        1.2337406106370868e-05, 5.718216586808601e-07, -9.122506862749485e-08, -2.0497363870238396e-08,
        -8.199379516230341e-10, 2.783118106549504e-10, 3.912675639535405e-11, -2.5637727557118603e-12,
        -9.606402397465749e-13, 5.8039881782341595e-15, 2.1626032681527067e-14, 5.357071149275852e-16,
        -5.182952024316141e-16,
    ];

    /// <summary>Φ(x), given e = exp(−x²/2) already computed by the caller (it is also φ(x)·√(2π)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cdf(double x, double gaussian)
    {
        double z = Math.Min(Math.Abs(x) * InvSqrt2, ZMax);
        double half = 0.5 * gaussian * Erfcx(z);
        return x < 0.0 ? half : 1.0 - half;
    }

    /// <summary>Φ(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cdf(double x) => Cdf(x, Math.Exp(-0.5 * x * x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Erfcx(double z)
    {
        double y = (YScale * (4.0 / (4.0 + z))) - YShift;
        double y2 = 2.0 * y;
        ReadOnlySpan<double> c = Coefficients;
        double b1 = 0.0;
        double b2 = 0.0;
        for (int j = c.Length - 1; j >= 1; j--)
        {
            double b0 = Math.FusedMultiplyAdd(y2, b1, c[j] - b2);
            b2 = b1;
            b1 = b0;
        }

        return Math.FusedMultiplyAdd(y, b1, c[0] - b2);
    }

    /// <summary>Φ(x) lane-wise, given exp(−x²/2) lane-wise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Cdf(Vector256<double> x, Vector256<double> gaussian)
    {
        Vector256<double> z = Vector256.Min(Vector256.Abs(x) * Vector256.Create(InvSqrt2), Vector256.Create(ZMax));
        Vector256<double> y = (Vector256.Create(YScale) * (Vector256.Create(4.0) / (Vector256.Create(4.0) + z))) - Vector256.Create(YShift);
        Vector256<double> y2 = y + y;
        ReadOnlySpan<double> c = Coefficients;
        Vector256<double> b1 = Vector256<double>.Zero;
        Vector256<double> b2 = Vector256<double>.Zero;
        for (int j = c.Length - 1; j >= 1; j--)
        {
            Vector256<double> b0 = Vector256.FusedMultiplyAdd(y2, b1, Vector256.Create(c[j]) - b2);
            b2 = b1;
            b1 = b0;
        }

        Vector256<double> erfcx = Vector256.FusedMultiplyAdd(y, b1, Vector256.Create(c[0]) - b2);
        Vector256<double> half = Vector256.Create(0.5) * gaussian * erfcx;
        return Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), half, Vector256<double>.One - half);
    }
}
