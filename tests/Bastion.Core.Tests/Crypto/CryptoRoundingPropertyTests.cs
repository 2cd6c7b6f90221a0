using Bastion.Core.Crypto;
using Bastion.Core.Instruments;
using Bastion.Core.Money;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Crypto;

public sealed class CryptoRoundingPropertyTests
{
    private static readonly CryptoPair s_btc = new(Currency.Create("BTC"), Currency.Usd, fees: CryptoFeeSchedule.Flat(-1m, 6m));

    [Fact]
    public void RoundQuantity_IsWholeLotsTowardZeroWithinOneLot()
    {
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), raw =>
        {
            decimal q = raw / 1_000_000_000m;
            decimal rounded = s_btc.RoundQuantity(q);
            decimal lots = rounded / s_btc.LotSize;
            return lots == decimal.Truncate(lots) && Math.Abs(rounded) <= Math.Abs(q) && Math.Abs(q - rounded) < s_btc.LotSize;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Fee_IsLinearInQuantityAndSymmetricInSide()
    {
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(1, 10_000_000).ToArbitrary(), (lots, cents) =>
        {
            decimal q = lots * s_btc.LotSize;
            decimal p = cents / 100m;
            decimal taker = s_btc.Fee(q, p, Liquidity.Taker);
            return taker == s_btc.Fee(-q, p, Liquidity.Taker)
                && s_btc.Fee(2 * q, p, Liquidity.Taker) == 2 * taker
                && taker >= 0m
                && s_btc.Fee(q, p, Liquidity.Maker) == -taker / 6m;
        }).QuickCheckThrowOnFailure();
    }
}
