using Bastion.Numerics.Distributions;
using Bastion.Pricing.European;

namespace Bastion.Pricing.American;

/// <summary>
/// Barone-Adesi–Whaley (1987) quadratic approximation for American options, reproducing QuantLib's
/// <c>BaroneAdesiWhaleyApproximationEngine</c> (same seed, same Newton iteration on the critical price, tolerance
/// 1e-6 relative to the strike). Calls without a positive dividend yield are priced European (never exercised early).
/// Derived for r &gt; 0: with negative rates use a binomial tree.
/// </summary>
public static class BaroneAdesiWhaley
{
    private const double Tolerance = 1e-6;

    /// <summary>American option value.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="volatility">Volatility (&gt; 0).</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static double Price(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        double variance = volatility * volatility * expiry;
        double dq = Math.Exp(-dividend * expiry);
        double dr = Math.Exp(-rate * expiry);
        double european = AnalyticBlackScholes.Price(type, spot, strike, rate, dividend, volatility, expiry);
        if (dq >= 1.0 && type == OptionType.Call)
        {
            return european;
        }

        double sk = CriticalPrice(type, strike, dr, dq, variance);
        double sqrtVar = Math.Sqrt(variance);
        double d1 = (Math.Log(sk * dq / dr / strike) + (0.5 * variance)) / sqrtVar;
        double n = 2.0 * Math.Log(dq / dr) / variance;
        double k = KFactor(dr, variance);
        if (type == OptionType.Call)
        {
            double q = (-(n - 1.0) + Math.Sqrt(((n - 1.0) * (n - 1.0)) + (4.0 * k))) / 2.0;
            double a = sk / q * (1.0 - (dq * Normal.Cdf(d1)));
            return spot < sk ? european + (a * Math.Pow(spot / sk, q)) : spot - strike;
        }
        else
        {
            double q = (-(n - 1.0) - Math.Sqrt(((n - 1.0) * (n - 1.0)) + (4.0 * k))) / 2.0;
            double a = -(sk / q) * (1.0 - (dq * Normal.Cdf(-d1)));
            return spot > sk ? european + (a * Math.Pow(spot / sk, q)) : strike - spot;
        }
    }

    /// <summary>Early-exercise premium: American (this approximation) minus European (BSM).</summary>
    /// <inheritdoc cref="Price" path="/param"/>
    public static double EarlyExercisePremium(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
        => Price(type, spot, strike, rate, dividend, volatility, expiry) - BlackScholesMerton.Price(type, spot, strike, rate, dividend, volatility, expiry);

    private static double KFactor(double dr, double variance)
    {
        // QuantLib: close(riskFreeDiscount, 1.0, 1000) switches to the r → 0 limit.
        double diff = Math.Abs(dr - 1.0);
        const double tol = 1000 * 2.220446049250313e-16;
        bool close = diff <= tol * Math.Abs(dr) && diff <= tol;
        return close ? 2.0 / variance : -2.0 * Math.Log(dr) / (variance * (1.0 - dr));
    }

    private static double CriticalPrice(OptionType type, double strike, double dr, double dq, double variance)
    {
        double n = 2.0 * Math.Log(dq / dr) / variance;
        double m = -2.0 * Math.Log(dr) / variance;
        double bT = Math.Log(dq / dr);
        double sqrtVar = Math.Sqrt(variance);
        double si;
        double qu;
        double su;
        double h;
        if (type == OptionType.Call)
        {
            qu = (-(n - 1.0) + Math.Sqrt(((n - 1.0) * (n - 1.0)) + (4.0 * m))) / 2.0;
            su = strike / (1.0 - (1.0 / qu));
            h = -((bT + (2.0 * sqrtVar)) * strike) / (su - strike);
            si = strike + ((su - strike) * (1.0 - Math.Exp(h)));
        }
        else
        {
            qu = (-(n - 1.0) - Math.Sqrt(((n - 1.0) * (n - 1.0)) + (4.0 * m))) / 2.0;
            su = strike / (1.0 - (1.0 / qu));
            h = (bT - (2.0 * sqrtVar)) * strike / (strike - su);
            si = su + ((strike - su) * Math.Exp(h));
        }

        double k = KFactor(dr, variance);
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        double q = (-(n - 1.0) + (omega * Math.Sqrt(((n - 1.0) * (n - 1.0)) + (4 * k)))) / 2;
        for (int iteration = 0; iteration < 1000; iteration++)
        {
            double forward = si * dq / dr;
            double d1 = (Math.Log(forward / strike) + (0.5 * variance)) / sqrtVar;
            double black = BlackUndiscounted(type, strike, forward, sqrtVar) * dr;
            double lhs;
            double rhs;
            double bi;
            if (type == OptionType.Call)
            {
                lhs = si - strike;
                rhs = black + ((1 - (dq * Normal.Cdf(d1))) * si / q);
                bi = (dq * Normal.Cdf(d1) * (1 - (1 / q))) + ((1 - (dq * Normal.Pdf(d1) / sqrtVar)) / q);
                if (Math.Abs(lhs - rhs) / strike <= Tolerance)
                {
                    break;
                }

                si = (strike + rhs - (bi * si)) / (1 - bi);
            }
            else
            {
                lhs = strike - si;
                rhs = black - ((1 - (dq * Normal.Cdf(-d1))) * si / q);
                bi = (-dq * Normal.Cdf(-d1) * (1 - (1 / q))) - ((1 + (dq * Normal.Pdf(-d1) / sqrtVar)) / q);
                if (Math.Abs(lhs - rhs) / strike <= Tolerance)
                {
                    break;
                }

                si = (strike - rhs + (bi * si)) / (1 + bi);
            }
        }

        return si;
    }

    private static double BlackUndiscounted(OptionType type, double strike, double forward, double stdDev)
    {
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        double d1 = (Math.Log(forward / strike) / stdDev) + (0.5 * stdDev);
        double d2 = d1 - stdDev;
        return omega * ((forward * Normal.Cdf(omega * d1)) - (strike * Normal.Cdf(omega * d2)));
    }
}
