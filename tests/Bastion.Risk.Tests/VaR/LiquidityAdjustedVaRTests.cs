using Bastion.Risk.VaR;

namespace Bastion.Risk.Tests.VaR;

/// <summary>Bangia, Diebold, Schuermann and Stroh (1999): LVaR = VaR + ½ Σ |wᵢ| (μ_S,ᵢ + k σ_S,ᵢ), worked by hand.</summary>
public sealed class LiquidityAdjustedVaRTests
{
    [Fact]
    public void Exogenous_LongAndShort_AddsHalfTheBadSpreadOnGrossWeights()
    {
        // ½ (0.6 (0.002 + 3·0.001) + 0.4 (0.004 + 3·0.003)) = ½ (0.003 + 0.0052) = 0.0041.
        double[] w = [0.6, -0.4], mu = [0.002, 0.004], sd = [0.001, 0.003];
        Assert.Equal(0.0041, LiquidityAdjustedVaR.SpreadCost(w, mu, sd, 3.0), 15);
        Assert.Equal(0.0291, LiquidityAdjustedVaR.Exogenous(0.025, w, mu, sd, 3.0), 15);
        Assert.Equal(0.5 * ((0.6 * 0.002) + (0.4 * 0.004)), LiquidityAdjustedVaR.SpreadCost(w, mu, sd, 0.0), 15);
    }

    [Fact]
    public void SpreadCost_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => LiquidityAdjustedVaR.SpreadCost([0.5, 0.5], [0.001], [0.001, 0.001], 2.0));
        Assert.Throws<ArgumentException>(() => LiquidityAdjustedVaR.SpreadCost([1.0], [-0.001], [0.001], 2.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiquidityAdjustedVaR.SpreadCost([1.0], [0.001], [0.001], -1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiquidityAdjustedVaR.Exogenous(double.NaN, [1.0], [0.001], [0.001], 2.0));
    }
}
