using Bastion.Core.Forex;
using Bastion.Core.Instruments;
using Bastion.Core.Money;

namespace Bastion.Core.Tests.Forex;

/// <summary>Pip values against worked examples from published sources (cited per test).</summary>
public sealed class PipValueTests
{
    [Fact]
    public void PipValue_EurUsdStandardLotInUsd_IsTenDollars()
    {
        // Investopedia, "Pip": a standard lot of EUR/USD moves USD 10 per pip (0.0001 × 100,000).
        var pair = ForexPair.Parse("EURUSD");
        Assert.Equal(10m, pair.PipValue(ForexPair.StandardLot, Currency.Usd, new FxRateTable()));
    }

    [Fact]
    public void PipValue_UsdJpyStandardLotInUsd_Is1000YenOverRate()
    {
        // calcpips.com, "Pip Calculator USD/JPY" (https://www.calcpips.com/en/usd-jpy/pip-calculator):
        // (0.01 ÷ 149.500) × 1 × 100,000 = 6.69 USD.
        var pair = ForexPair.Parse("USDJPY");
        var rates = new FxRateTable().Set(Currency.Usd, Currency.Jpy, 149.5m);
        Assert.Equal(1000m, pair.PipValueInQuote(ForexPair.StandardLot));
        Assert.Equal(6.69m, decimal.Round(pair.PipValue(ForexPair.StandardLot, Currency.Usd, rates), 2));
    }

    [Fact]
    public void PipValue_UsdJpyNanoLot_MatchesBabypipsForumAnswer()
    {
        // forums.babypips.com, "USD/JPY calculating PIP value seems off": standard accounts $1,000 / USDJPY per pip
        // (100,000 units), nano accounts $1 / USDJPY (100 units); at 81.82 a nano pip is $0.0122 and 100 pips $1.22.
        var pair = ForexPair.Parse("USDJPY");
        var rates = new FxRateTable().Set(Currency.Usd, Currency.Jpy, 81.82m);
        decimal pip = pair.PipValue(100m, Currency.Usd, rates);
        Assert.Equal(12.22m, decimal.Round(pair.PipValue(ForexPair.StandardLot, Currency.Usd, rates), 2));
        Assert.Equal(0.0122m, decimal.Round(pip, 4));
        Assert.Equal(1.22m, decimal.Round(100m * pip, 2));
    }

    [Fact]
    public void PipValue_GbpJpyInUsdThroughGbp_MatchesBabypipsExample()
    {
        // forums.babypips.com, "How to find the pip value in your trading account's currency" (School of Pipsology):
        // 10,000 GBP/JPY at 123.00 → 0.813 GBP per pip; with GBP/USD 1.5590 → 1.2674 USD per pip (they round 0.813 first;
        // unrounded it is 100 / 123 × 1.559 = 1.26748).
        var pair = ForexPair.Parse("GBPJPY");
        var rates = new FxRateTable().Set(Currency.Gbp, Currency.Jpy, 123.00m).Set(Currency.Gbp, Currency.Usd, 1.5590m);
        Assert.Equal(0.813m, decimal.Round(pair.PipValue(10_000m, Currency.Gbp, rates), 3));
        decimal usd = pair.PipValue(10_000m, Currency.Usd, rates);
        Assert.InRange(usd, 1.2674m, 1.2675m);
    }

    [Fact]
    public void PipValue_EurUsdInJpyAccount_ConvertsTenDollarsAtUsdJpy()
    {
        // Hand arithmetic: 10 USD per pip × 150.2 JPY/USD = 1,502 JPY.
        var pair = ForexPair.Parse("EURUSD");
        var rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, 1.08m).Set(Currency.Usd, Currency.Jpy, 150.2m);
        Assert.Equal(1502m, pair.PipValue(ForexPair.StandardLot, Currency.Jpy, rates));
        Assert.Equal(-1502m, pair.PipValue(-ForexPair.StandardLot, Currency.Jpy, rates));
    }

    [Fact]
    public void PipValue_MissingRate_Throws()
    {
        var pair = ForexPair.Parse("EURUSD");
        Assert.Throws<InvalidOperationException>(() => pair.PipValue(ForexPair.StandardLot, Currency.Jpy, new FxRateTable()));
    }
}
