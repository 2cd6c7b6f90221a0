using Bastion.Pricing.European;

namespace Bastion.Pricing.Tests.European;

/// <summary>
/// Worked examples from E. G. Haug, "The Complete Guide to Option Pricing Formulas", 2nd ed. (McGraw-Hill, 2007),
/// chapter 1 (generalized Black–Scholes) and chapter 2 (Greeks), printed to four decimals; QuantLib's
/// europeanoption test-suite checks the same examples with tolerance 1e-4.
/// </summary>
public sealed class HaugExampleTests
{
    [Fact]
    public void BlackScholes_Haug111_Call() // S=60, K=65, T=0.25, r=8%, σ=30%
        => Assert.Equal(2.1334, BlackScholesMerton.Price(OptionType.Call, 60, 65, 0.08, 0.0, 0.30, 0.25), 4);

    [Fact]
    public void Merton_Haug113_PutWithDividendYield() // S=100, K=95, T=0.5, r=10%, q=5%, σ=20%
        => Assert.Equal(2.4648, BlackScholesMerton.Price(OptionType.Put, 100, 95, 0.10, 0.05, 0.20, 0.5), 4);

    [Fact]
    public void Black76_Haug114_CallAndPutOnFuture() // F=19, K=19, T=0.75, r=10%, σ=28%
    {
        Assert.Equal(1.7011, Black76.Price(OptionType.Call, 19, 19, 0.10, 0.28, 0.75), 4);
        Assert.Equal(1.7011, Black76.Price(OptionType.Put, 19, 19, 0.10, 0.28, 0.75), 4);
    }

    [Fact]
    public void GarmanKohlhagen_Haug116_CurrencyCall() // S=1.56, K=1.60, T=0.5, r=6%, rf=8%, σ=12%
        => Assert.Equal(0.0291, GarmanKohlhagen.Price(OptionType.Call, 1.56, 1.60, 0.06, 0.08, 0.12, 0.5), 4);

    [Fact]
    public void Delta_Haug211_FuturesOption() // F=105, K=100, T=0.5, r=10%, b=0, σ=36%
    {
        Assert.Equal(0.5946, Black76.Greeks(OptionType.Call, 105, 100, 0.10, 0.36, 0.5).Delta, 4);
        Assert.Equal(-0.3566, Black76.Greeks(OptionType.Put, 105, 100, 0.10, 0.36, 0.5).Delta, 4);
    }

    [Fact]
    public void Gamma_Haug221() // S=55, K=60, T=0.75, r=10%, b=10%, σ=30%
        => Assert.Equal(0.0278, BlackScholesMerton.Greeks(OptionType.Call, 55, 60, 0.10, 0.0, 0.30, 0.75).Gamma, 4);

    [Fact]
    public void Theta_Haug241_PutPerYear() // S=430, K=405, T=0.0833, r=7%, b=2% (q=5%), σ=20%
        => Assert.Equal(-31.1924, BlackScholesMerton.Greeks(OptionType.Put, 430, 405, 0.07, 0.05, 0.20, 0.0833).ThetaPerYear, 4);

    [Fact]
    public void Rho_Haug251_Call() // S=72, K=75, T=1, r=9%, b=9%, σ=19%
        => Assert.Equal(38.7325, BlackScholesMerton.Greeks(OptionType.Call, 72, 75, 0.09, 0.0, 0.19, 1.0).RhoPerUnitRate, 4);
}
