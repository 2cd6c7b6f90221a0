namespace Bastion.Pricing.European;

/// <summary>
/// Black-76 for options on futures and forwards: the forward F is the input, discounting at <c>rate</c>.
/// Delta and gamma are forward delta and forward gamma (∂V/∂F, ∂²V/∂F²) as QuantLib's
/// <c>BlackCalculator.deltaForward/gammaForward</c>; rho is ∂V/∂r with F held fixed (= −T·V); dividend rho is 0.
/// Thread-safe.
/// </summary>
public static class Black76
{
    /// <summary>Present value of a European option on a forward.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="forward">Forward or futures price (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Discount rate, continuous compounding.</param>
    /// <param name="volatility">Annualized volatility of the forward (&gt; 0).</param>
    /// <param name="expiry">Time to expiry in years (&gt; 0).</param>
    public static double Price(OptionType type, double forward, double strike, double rate, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, forward, strike, rate, rate, volatility, expiry);
        return AnalyticBlackScholes.Price(type, forward, strike, rate, rate, volatility, expiry);
    }

    /// <summary>Price and Greeks with respect to the forward (see the type's remarks).</summary>
    /// <inheritdoc cref="Price" path="/param"/>
    public static OptionGreeks Greeks(OptionType type, double forward, double strike, double rate, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, forward, strike, rate, rate, volatility, expiry);
        OptionGreeks g = AnalyticBlackScholes.Greeks(type, forward, strike, rate, rate, volatility, expiry);

        // With q = r the spot formula is Black-76; holding F fixed, ∂V/∂r is the sum of both rate sensitivities.
        return g with { RhoPerUnitRate = g.RhoPerUnitRate + g.DividendRhoPerUnitRate, DividendRhoPerUnitRate = 0.0 };
    }
}
