using Bastion.Core.Crypto;

namespace Bastion.Core.Tests.Crypto;

public sealed class CryptoFeeScheduleTests
{
    // A tiered schedule shaped like the venues' published tables (maker ≤ taker, falling with 30-day volume).
    private static readonly CryptoFeeSchedule s_tiered = new(
    [
        new CryptoFeeTier(10_000m, 25m, 40m),
        new CryptoFeeTier(0m, 40m, 60m),
        new CryptoFeeTier(1_000_000m, 0m, 10m),
        new CryptoFeeTier(50_000_000m, -1m, 5m),
    ]);

    [Theory]
    [InlineData(0, 40, 60)]
    [InlineData(9_999.99, 40, 60)]
    [InlineData(10_000, 25, 40)]
    [InlineData(999_999, 25, 40)]
    [InlineData(1_000_000, 0, 10)]
    [InlineData(75_000_000, -1, 5)]
    public void RateBps_PicksHighestReachedTier(double volume, int maker, int taker)
    {
        Assert.Equal(maker, s_tiered.RateBps(Liquidity.Maker, (decimal)volume));
        Assert.Equal(taker, s_tiered.RateBps(Liquidity.Taker, (decimal)volume));
    }

    [Fact]
    public void Fee_IsAbsNotionalTimesBps()
    {
        // Hand arithmetic: 0.25 BTC × 64,000 = 16,000 notional.
        Assert.Equal(96m, s_tiered.Fee(0.25m, 64_000m, Liquidity.Taker));                // 60 bps
        Assert.Equal(64m, s_tiered.Fee(-0.25m, 64_000m, Liquidity.Taker, 20_000m));      // 40 bps, sell side
        Assert.Equal(0m, s_tiered.Fee(0.25m, 64_000m, Liquidity.Maker, 2_000_000m));     // 0 bps
        Assert.Equal(-1.6m, s_tiered.Fee(0.25m, 64_000m, Liquidity.Maker, 60_000_000m)); // 1 bp rebate
    }

    [Fact]
    public void Constructor_BadTiers_Throw()
    {
        Assert.Throws<ArgumentException>(() => new CryptoFeeSchedule([]));
        Assert.Throws<ArgumentException>(() => new CryptoFeeSchedule([new CryptoFeeTier(5m, 1m, 2m)]));
        Assert.Throws<ArgumentException>(() => CryptoFeeSchedule.Flat(1m, -2m));
        Assert.Throws<ArgumentException>(() => CryptoFeeSchedule.Flat(-3m, 2m));
        Assert.Throws<ArgumentException>(() => new CryptoFeeSchedule([new CryptoFeeTier(0m, 1m, 2m), new CryptoFeeTier(0m, 1m, 2m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CryptoFeeSchedule.Flat(1m, 2m).RateBps((Liquidity)7));
    }
}
