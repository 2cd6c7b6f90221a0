using Bastion.Portfolio.Rebalancing;

namespace Bastion.Portfolio.Tests.Rebalancing;

public sealed class VolatilityTargetingTests
{
    [Fact]
    public void NextExposure_ScalesByTargetOverRealized_CappedAndSmoothed()
    {
        var unsmoothed = new VolatilityTargeting(0.10, leverageCap: 1.5);
        Assert.Equal(0.5, unsmoothed.NextExposure(0.20));
        Assert.Equal(1.5, unsmoothed.NextExposure(0.05)); // raw 2.0 capped

        var smoothed = new VolatilityTargeting(0.10, leverageCap: 1.5, smoothing: 0.5);
        Assert.Equal(0.5, smoothed.NextExposure(0.20));
        Assert.Equal(0.75, smoothed.NextExposure(0.10)); // 0.5 + 0.5 (1.0 − 0.5)
    }

    [Fact]
    public void Constructor_ZeroSmoothing_Throws()
    {
        Assert.Equal("smoothing", Assert.Throws<ArgumentOutOfRangeException>(() => new VolatilityTargeting(0.1, 1, 0)).ParamName);
    }
}
