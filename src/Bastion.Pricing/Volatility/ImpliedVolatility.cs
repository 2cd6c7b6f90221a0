using System.Globalization;

namespace Bastion.Pricing.Volatility;

/// <summary>
/// Implied volatility of European options under BSM, Black-76 and Garman–Kohlhagen: the price is inverted on the
/// normalized Black formula (<see cref="NormalizedBlack"/>) to about 1e-14 relative in σ√T. Prices outside the
/// no-arbitrage bounds give a result with a reason, not an exception. Allocation-free when solved; thread-safe.
/// </summary>
public static class ImpliedVolatility
{
    /// <summary>Implied volatility of a BSM option on a spot with dividend yield.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="price">Option price (present value).</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static ImpliedVolatilityResult BlackScholesMerton(OptionType type, double price, double spot, double strike, double rate, double dividend, double expiry)
    {
        Guard.Positive(spot);
        Guard.Finite(rate);
        Guard.Finite(dividend);
        Guard.Positive(expiry);
        return FromForward(type, price, spot * Math.Exp((rate - dividend) * expiry), strike, Math.Exp(-rate * expiry), expiry);
    }

    /// <summary>Implied volatility of a Black-76 option on a forward or future.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="price">Option price (present value).</param>
    /// <param name="forward">Forward (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Discount rate, continuous.</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static ImpliedVolatilityResult Black76(OptionType type, double price, double forward, double strike, double rate, double expiry)
    {
        Guard.Finite(rate);
        Guard.Positive(expiry);
        return FromForward(type, price, forward, strike, Math.Exp(-rate * expiry), expiry);
    }

    /// <summary>Implied volatility of a Garman–Kohlhagen FX option.</summary>
    /// <param name="type">Call or put on the foreign currency.</param>
    /// <param name="price">Option price, domestic per unit of foreign.</param>
    /// <param name="spot">FX spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="domesticRate">Domestic rate, continuous.</param>
    /// <param name="foreignRate">Foreign rate, continuous.</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static ImpliedVolatilityResult GarmanKohlhagen(OptionType type, double price, double spot, double strike, double domesticRate, double foreignRate, double expiry)
        => BlackScholesMerton(type, price, spot, strike, domesticRate, foreignRate, expiry);

    /// <summary>Implied volatility from the forward and the discount factor (the general Black form).</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="price">Option price (present value).</param>
    /// <param name="forward">Forward (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="discount">Discount factor to expiry (&gt; 0).</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static ImpliedVolatilityResult FromForward(OptionType type, double price, double forward, double strike, double discount, double expiry)
    {
        Guard.Defined(type);
        Guard.Finite(price);
        Guard.Positive(forward);
        Guard.Positive(strike);
        Guard.Positive(discount);
        Guard.Positive(expiry);

        double undiscounted = price / discount;
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        double intrinsic = Math.Max(omega * (forward - strike), 0.0);
        double upper = type == OptionType.Call ? forward : strike;
        if (!(undiscounted > intrinsic))
        {
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.BelowIntrinsic,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is at or below the discounted intrinsic value {intrinsic * discount:G10}"));
        }

        if (!(undiscounted < upper))
        {
            string bound = type == OptionType.Call ? "discounted forward" : "discounted strike";
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.AboveUpperBound,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is at or above the upper bound ({bound}) {upper * discount:G10}"));
        }

        // Reduce to an out-of-the-money call in normalized units: x = −|ln(F/K)|, β = time value / √(FK).
        double x = -Math.Abs(Math.Log(forward / strike));
        double beta = (undiscounted - intrinsic) / Math.Sqrt(forward * strike);
        double ex2 = Math.Exp(0.5 * x);
        if (!(beta < ex2))
        {
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.AboveUpperBound,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is at the upper no-arbitrage bound to double precision"));
        }

        if (!NormalizedBlack.TrySolve(x, beta, ex2, out double s, out int iterations))
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityStatus.NotConverged, "implied volatility iteration did not converge", iterations);
        }

        return ImpliedVolatilityResult.Solved(s / Math.Sqrt(expiry), iterations);
    }
}
