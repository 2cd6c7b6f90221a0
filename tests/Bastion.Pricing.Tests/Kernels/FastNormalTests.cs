using System.Runtime.Intrinsics;
using Bastion.Numerics.Distributions;
using Bastion.Pricing.Kernels;
using Bastion.Pricing.Volatility;

namespace Bastion.Pricing.Tests.Kernels;

/// <summary>The hot-path Φ kernel against <see cref="Normal.Cdf(double)"/> (erfc-based, a few ulps).</summary>
public sealed class FastNormalTests
{
    [Fact]
    public void Cdf_ScalarAndVector_AgreeWithNormalTo1e13RelativeOutsideFarTail()
    {
        for (double x = -38.0; x <= 9.0; x += 0.001953125)
        {
            double expected = Normal.Cdf(x);
            double scalar = FastNormal.Cdf(x);
            Vector256<double> v = FastNormal.Cdf(Vector256.Create(x), Vector256.Exp(Vector256.Create(-0.5 * x * x)));
            // exp(−x²/2) carries the rounding of x² (relative x²·1e-16) into the far tail; Normal.Cdf has the same limit.
            double relative = 1e-13 * Math.Max(1.0, x * x / 16.0);
            Close.Assert(expected, scalar, relative, 1e-300, $"scalar Φ({x})");
            Close.Assert(expected, v[0], relative, 1e-300, $"vector Φ({x})");
        }
    }

    [Fact]
    public void NormalizedBlackValue_AgreesWithDirectFormula()
    {
        double x = -0.32314355131420985;
        double s = 1.3416407864998747;
        double direct = (Math.Exp(x / 2) * Normal.Cdf((x / s) + (s / 2))) - (Math.Exp(-x / 2) * Normal.Cdf((x / s) - (s / 2)));
        Close.Assert(direct, NormalizedBlack.Value(x, s, Math.Exp(x / 2), out _), 1e-14, 0, "B");
        Assert.True(NormalizedBlack.TrySolve(x, direct, out double solved, out _));
        Close.Assert(s, solved, 1e-12, 0, "s");
    }
}
