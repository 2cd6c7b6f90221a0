namespace Bastion.Pricing.European;

/// <summary>
/// Black–Scholes–Merton European options on a spot with a continuous dividend yield. Matches QuantLib's
/// <c>AnalyticEuropeanEngine</c> with a <c>BlackScholesMertonProcess</c> on flat, continuously compounded curves.
/// Rates, yields and volatility are annualized decimals (0.05 = 5%); expiry in years. Thread-safe.
/// </summary>
public static class BlackScholesMerton
{
    /// <summary>Present value of a European option.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="spot">Spot price (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous compounding.</param>
    /// <param name="dividend">Dividend yield, continuous compounding.</param>
    /// <param name="volatility">Annualized volatility (&gt; 0).</param>
    /// <param name="expiry">Time to expiry in years (&gt; 0).</param>
    public static double Price(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        return AnalyticBlackScholes.Price(type, spot, strike, rate, dividend, volatility, expiry);
    }

    /// <summary>Price and analytic Greeks (see <see cref="OptionGreeks"/> for units).</summary>
    /// <inheritdoc cref="Price" path="/param"/>
    public static OptionGreeks Greeks(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        return AnalyticBlackScholes.Greeks(type, spot, strike, rate, dividend, volatility, expiry);
    }
}
