namespace Bastion.Pricing.European;

/// <summary>
/// Garman–Kohlhagen FX options: spot quoted as domestic per unit of foreign currency, domestic rate discounts,
/// the foreign rate plays the dividend yield. Matches QuantLib's <c>GarmanKohlagenProcess</c> with
/// <c>AnalyticEuropeanEngine</c>; <see cref="OptionGreeks.DividendRhoPerUnitRate"/> is the foreign-rate rho.
/// Values are in domestic currency per unit of foreign notional. Thread-safe.
/// </summary>
public static class GarmanKohlhagen
{
    /// <summary>Present value of a European FX option.</summary>
    /// <param name="type">Call or put on the foreign currency.</param>
    /// <param name="spot">FX spot, domestic per foreign (&gt; 0).</param>
    /// <param name="strike">Strike, domestic per foreign (&gt; 0).</param>
    /// <param name="domesticRate">Domestic risk-free rate, continuous compounding.</param>
    /// <param name="foreignRate">Foreign risk-free rate, continuous compounding.</param>
    /// <param name="volatility">Annualized FX volatility (&gt; 0).</param>
    /// <param name="expiry">Time to expiry in years (&gt; 0).</param>
    public static double Price(OptionType type, double spot, double strike, double domesticRate, double foreignRate, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, domesticRate, foreignRate, volatility, expiry);
        return AnalyticBlackScholes.Price(type, spot, strike, domesticRate, foreignRate, volatility, expiry);
    }

    /// <summary>Price and analytic Greeks; dividend rho is the foreign-rate rho.</summary>
    /// <inheritdoc cref="Price" path="/param"/>
    public static OptionGreeks Greeks(OptionType type, double spot, double strike, double domesticRate, double foreignRate, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, domesticRate, foreignRate, volatility, expiry);
        return AnalyticBlackScholes.Greeks(type, spot, strike, domesticRate, foreignRate, volatility, expiry);
    }
}
