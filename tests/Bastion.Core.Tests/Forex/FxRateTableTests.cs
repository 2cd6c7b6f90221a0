using Bastion.Core.Forex;
using Bastion.Core.Money;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Forex;

public sealed class FxRateTableTests
{
    private static readonly Currency s_chf = Currency.Create("CHF");

    [Fact]
    public void GetRate_CrossThroughUsd_MultipliesLegs()
    {
        // EUR/JPY = EUR/USD × USD/JPY = 1.08 × 150.2 = 162.216 (hand arithmetic).
        var rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, 1.08m).Set(Currency.Usd, Currency.Jpy, 150.2m);
        Assert.True(rates.TryGetRate(Currency.Eur, Currency.Jpy, out decimal rate, out string route));
        Assert.Equal(162.216m, rate);
        Assert.Equal("via USD", route);
    }

    [Fact]
    public void GetRate_InverseAndDirect_Resolve()
    {
        var rates = new FxRateTable().Set(Currency.Gbp, Currency.Usd, 1.25m);
        Assert.True(rates.TryGetRate(Currency.Usd, Currency.Gbp, out decimal inverse, out string route));
        Assert.Equal(0.8m, inverse);
        Assert.Equal("inverse", route);
        Assert.Equal(1.25m, rates.GetRate(Currency.Gbp, Currency.Usd));
        Assert.Equal(1m, rates.GetRate(Currency.Jpy, Currency.Jpy));
    }

    [Fact]
    public void GetRate_BothCurrenciesQuotedAgainstANonPivot_TriangulatesThroughIt()
    {
        // Quotes only against GBP: GBP/JPY 123.00 and GBP/USD 1.5590 → USD/JPY = 123 / 1.559.
        var rates = new FxRateTable().Set(Currency.Gbp, Currency.Jpy, 123.00m).Set(Currency.Gbp, Currency.Usd, 1.5590m);
        Assert.True(rates.TryGetRate(Currency.Usd, Currency.Jpy, out decimal rate, out string route));
        Assert.Equal("via GBP", route);
        Assert.Equal(78.896728672225785760102629891m, rate, 20);
    }

    [Fact]
    public void GetRate_NoRoute_ThrowsNamingBothCurrencies()
    {
        var rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, 1.08m);
        var ex = Assert.Throws<InvalidOperationException>(() => rates.GetRate(s_chf, Currency.Jpy));
        Assert.Contains("CHF to JPY", ex.Message, StringComparison.Ordinal);
        Assert.False(rates.TryGetRate(s_chf, Currency.Jpy, out _));
    }

    [Fact]
    public void Set_SameCurrencyOrNonPositive_Throws()
    {
        var rates = new FxRateTable();
        Assert.Throws<ArgumentException>(() => rates.Set(Currency.Usd, Currency.Usd, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => rates.Set(Currency.Eur, Currency.Usd, 0m));
    }

    private static Arbitrary<decimal> PositiveRates()
        => Gen.Choose(1, 2_000_000).Select(i => i / 10_000m).ToArbitrary();

    [Fact]
    public void CrossRate_TimesItsInverse_IsOne()
    {
        Prop.ForAll(PositiveRates(), PositiveRates(), (eurUsd, usdJpy) =>
        {
            var rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, eurUsd).Set(Currency.Usd, Currency.Jpy, usdJpy);
            decimal product = rates.GetRate(Currency.Eur, Currency.Jpy) * rates.GetRate(Currency.Jpy, Currency.Eur);
            return Math.Abs(product - 1m) < 1e-20m;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Convert_ThereAndBack_ReturnsTheAmount()
    {
        Prop.ForAll(PositiveRates(), PositiveRates(), Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), (eurUsd, usdJpy, cents) =>
        {
            var rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, eurUsd).Set(Currency.Usd, Currency.Jpy, usdJpy);
            decimal amount = cents / 100m;
            decimal back = rates.Convert(rates.Convert(amount, Currency.Eur, Currency.Jpy), Currency.Jpy, Currency.Eur);
            return Math.Abs(back - amount) <= 1e-15m * Math.Max(1m, Math.Abs(amount));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("EURUSD=1.08", "EUR", "USD", "1.08")]
    [InlineData("usd/jpy=150.2", "USD", "JPY", "150.2")]
    public void FxRateTryParse_Valid_Parses(string text, string b, string q, string rate)
    {
        Assert.True(FxRate.TryParse(text, out FxRate parsed, out _));
        Assert.Equal(new FxRate(Currency.Create(b), Currency.Create(q), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)), parsed);
    }

    [Theory]
    [InlineData("EURUSD")]
    [InlineData("EURUSD=abc")]
    [InlineData("EURUSD=-1")]
    [InlineData("EUREUR=1")]
    [InlineData("EURUS=1")]
    public void FxRateTryParse_Malformed_Fails(string text)
    {
        Assert.False(FxRate.TryParse(text, out _, out string error));
        Assert.NotEmpty(error);
    }
}
