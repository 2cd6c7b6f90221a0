using Bastion.Core.Crypto;
using Bastion.Core.Futures;
using Bastion.Core.Instruments;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Tests.Instruments;

public sealed class InstrumentsTests
{
    [Fact]
    public void ForexPair_PipSizes_DependOnQuoteCurrency()
    {
        var eurUsd = ForexPair.Parse("EUR/USD");
        var usdJpy = ForexPair.Parse("USDJPY");
        Assert.Equal("EURUSD", eurUsd.Symbol.Value);
        Assert.Equal(0.0001m, eurUsd.PipSize);
        Assert.Equal(0.00001m, eurUsd.TickSize);
        Assert.Equal(0.01m, usdJpy.PipSize);
        Assert.Equal(0.001m, usdJpy.TickSize);
        Assert.Equal(AssetClass.Forex, usdJpy.AssetClass);
        Assert.Equal("24x5", usdJpy.CalendarName);
        Assert.Equal(Currency.Usd, usdJpy.BaseCurrency);
        Assert.Equal(Currency.Jpy, usdJpy.QuoteCurrency);
    }

    [Fact]
    public void ForexPair_EqualCurrencies_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ForexPair(Currency.Usd, Currency.Usd));
        Assert.Contains("two different currencies", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ForexPair.Parse("EURO"));
    }

    [Fact]
    public void CryptoPair_RoundsToFractionalLotsAndComputesFees()
    {
        var btc = new CryptoPair(Currency.Create("BTC"), Currency.Create("USDT"), fees: CryptoFeeSchedule.Flat(2m, 5m));
        Assert.Equal("BTC-USDT", btc.Symbol.Value);
        Assert.Equal(0.12345m, btc.RoundQuantity(0.123456789m));
        Assert.Equal(-0.12345m, btc.RoundQuantity(-0.123459m));

        // Hand arithmetic: 0.5 BTC × 60,000 = 30,000 notional; 5 bps taker = 15; 2 bps maker = 6.
        Assert.Equal(15m, btc.Fee(0.5m, 60_000m, Liquidity.Taker));
        Assert.Equal(6m, btc.Fee(-0.5m, 60_000m, Liquidity.Maker));
        Assert.Equal("24x7", btc.CalendarName);
    }

    [Fact]
    public void Future_EsContract_TickValueSymbolAndPnl()
    {
        // CME E-mini S&P 500: $50 × index, 0.25-point tick = $12.50.
        var es = new Future("ES", new ContractMonth(2026, 12), new DateOnly(2026, 12, 18), 50m, 0.25m, 15_000m, 13_500m);
        Assert.Equal("ESZ26", es.Symbol.Value);
        Assert.Equal(12.5m, es.TickValue);
        Assert.Equal(-2_500m, es.ProfitLoss(2m, 5000m, 4975m));
        Assert.Equal(AssetClass.Future, es.AssetClass);
    }

    [Fact]
    public void Future_CheckMargin_CallsBelowMaintenanceToRestoreInitial()
    {
        // Exchange rule (CME Group, "Margin: Know What's Needed"): below maintenance the call restores initial margin.
        // Hand example: 2 contracts, initial 12,000 and maintenance 11,000 each → 24,000 / 22,000.
        var es = new Future("ES", new ContractMonth(2026, 12), new DateOnly(2026, 12, 18), 50m, 0.25m, 12_000m, 11_000m);
        MarginStatus atMaintenance = es.CheckMargin(2m, 22_000m);
        Assert.False(atMaintenance.IsMarginCall);
        Assert.Equal(0m, atMaintenance.CallAmount);
        Assert.Equal(-2_000m, atMaintenance.Excess);

        // One more tick against two contracts: 22,000 − 2 × 12.50 = 21,975 → call 24,000 − 21,975 = 2,025.
        MarginStatus called = es.CheckMargin(-2m, 21_975m);
        Assert.True(called.IsMarginCall);
        Assert.Equal(2_025m, called.CallAmount);
        Assert.Equal(24_000m, called.InitialRequirement);
        Assert.Equal(22_000m, called.MaintenanceRequirement);
    }

    [Fact]
    public void Future_InvalidFields_ThrowClearly()
    {
        var month = new ContractMonth(2026, 12);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Future("ES", month, new DateOnly(2026, 12, 18), 50m, 0.25m, 10_000m, 11_000m));
        Assert.Contains("maintenance margin", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Future("ES", month, new DateOnly(2026, 12, 18), 50m, 0.25m, 1m, 1m, listingDate: new DateOnly(2027, 1, 4)));
        Assert.Contains("before the listing date", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Future(" ", month, new DateOnly(2026, 12, 18), 50m, 0.25m, 1m, 1m));
        Assert.Throws<ArgumentException>(() => new Future("ES", default, new DateOnly(2026, 12, 18), 50m, 0.25m, 1m, 1m));
    }

    [Fact]
    public void EquityOption_OsiSymbolAndIntrinsicValue()
    {
        // OCC OSI layout: root, yyMMdd, C/P, strike × 1000 in 8 digits (SPY 450 call expiring 2024-01-19).
        var call = new EquityOption(Symbol.Create("SPY"), 450m, new DateOnly(2024, 1, 19), OptionRight.Call);
        Assert.Equal("SPY240119C00450000", call.Symbol.Value);
        Assert.Equal(100m, call.Multiplier);
        Assert.Equal(OptionStyle.American, call.Style);
        Assert.Equal(5m, call.IntrinsicValue(455m));
        Assert.Equal(0m, call.IntrinsicValue(440m));
        var put = new EquityOption(Symbol.Create("AAPL"), 182.5m, new DateOnly(2024, 3, 15), OptionRight.Put, OptionStyle.European);
        Assert.Equal("AAPL240315P00182500", put.Symbol.Value);
        Assert.Equal(2.5m, put.IntrinsicValue(180m));
        Assert.Equal(250m, put.Notional(1m, 2.5m));
        Assert.True(put.IsExpired(new DateOnly(2024, 3, 18)));
        Assert.False(put.IsExpired(new DateOnly(2024, 3, 15)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void EquityOption_NonPositiveStrike_Throws(int strike)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EquityOption(Symbol.Create("SPY"), strike, new DateOnly(2024, 1, 19), OptionRight.Call));
        Assert.Equal("strike", ex.ParamName);
    }

    [Fact]
    public void EquityOption_ExpiryBeforeListingOrBadStrikePrecision_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EquityOption(Symbol.Create("SPY"), 450m, new DateOnly(2024, 1, 19), OptionRight.Call, listingDate: new DateOnly(2024, 2, 1)));
        Assert.Equal("expiry", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EquityOption(Symbol.Create("SPY"), 450.0001m, new DateOnly(2024, 1, 19), OptionRight.Call));
    }

    [Fact]
    public void Etf_IsEquityLikeWithEtfAssetClass()
    {
        var spy = new Etf(Symbol.Create("SPY"));
        Assert.Equal(AssetClass.Etf, spy.AssetClass);
        Assert.Equal(0.01m, spy.TickSize);
        Assert.Equal(123.46m, spy.RoundPrice(123.455));
        Assert.Equal("XNYS", spy.CalendarName);
    }

    [Theory]
    [InlineData("EURUSD", AssetClass.Forex)]
    [InlineData("usd/jpy", AssetClass.Forex)]
    [InlineData("BTC-USD", AssetClass.Crypto)]
    [InlineData("ETH/USDT", AssetClass.Crypto)]
    [InlineData("BTCUSD", AssetClass.Crypto)]
    [InlineData("ethusdt", AssetClass.Crypto)]
    [InlineData("USDTUSD", AssetClass.Crypto)]
    [InlineData("BTCX", AssetClass.Equity)]
    [InlineData("SPY", AssetClass.Equity)]
    [InlineData("BRK.B", AssetClass.Equity)]
    [InlineData("GOOGLE", AssetClass.Equity)]
    public void RegistryDefault_GuessesFromSymbol(string symbol, AssetClass expected)
        => Assert.Equal(expected, InstrumentRegistry.Default(Symbol.Create(symbol)).AssetClass);

    [Fact]
    public void RegistryDefault_UnseparatedCrypto_SplitsBaseAndQuote()
    {
        var pair = Assert.IsType<CryptoPair>(InstrumentRegistry.Default(Symbol.Create("ETHUSDT")));
        Assert.Equal("ETH", pair.BaseCurrency.Code);
        Assert.Equal("USDT", pair.QuoteCurrency.Code);
        Assert.Equal("ETH-USDT", pair.Symbol.Value);
    }

    [Fact]
    public void Registry_RegisteredInstrument_WinsOverDefault()
    {
        var registry = new InstrumentRegistry();
        var spy = new Etf(Symbol.Create("SPY"));
        Assert.IsType<Equity>(registry.Get(Symbol.Create("SPY")));
        Assert.False(registry.TryGetRegistered(Symbol.Create("SPY"), out _));
        registry.Register(spy);
        Assert.Same(spy, registry.Get(Symbol.Create("spy")));
        Assert.True(registry.TryGetRegistered(Symbol.Create("SPY"), out Instrument found));
        Assert.Same(spy, found);
    }
}
