using Bastion.Numerics.Distributions;
using Bastion.Pricing.European;

namespace Bastion.Pricing.American;

/// <summary>
/// Bjerksund–Stensland (1993) flat-boundary approximation for American options, as QuantLib 1.29's
/// <c>BjerksundStenslandApproximationEngine</c>: puts through the put–call transformation
/// P(S, K, r, q) = C(K, S, q, r); calls without a positive dividend yield are European. The 1993 flat boundary is
/// a lower bound on the American value and, at high volatility, can fall slightly below the European value (QuantLib
/// gives the same numbers); the early-exercise premium can then be negative. Derived for r &gt; 0.
/// </summary>
public static class BjerksundStensland
{
    /// <summary>American option value (1993 version).</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="volatility">Volatility (&gt; 0).</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    /// <exception cref="ArgumentException">The approximation does not apply (trigger price below the strike), as QuantLib reports.</exception>
    public static double Price(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        double variance = volatility * volatility * expiry;
        double dr = Math.Exp(-rate * expiry);
        double dq = Math.Exp(-dividend * expiry);
        double s = spot;
        double k = strike;
        if (type == OptionType.Put)
        {
            (s, k) = (k, s);
            (dr, dq) = (dq, dr);
        }

        if (dq >= 1.0)
        {
            double forward = s * dq / dr;
            double sd = Math.Sqrt(variance);
            double d1 = (Math.Log(forward / k) / sd) + (0.5 * sd);
            return dr * ((forward * Normal.Cdf(d1)) - (k * Normal.Cdf(d1 - sd)));
        }

        return CallApproximation(s, k, dr, dq, variance);
    }

    /// <summary>Early-exercise premium: American (this approximation) minus European (BSM).</summary>
    /// <inheritdoc cref="Price" path="/param"/>
    public static double EarlyExercisePremium(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
        => Price(type, spot, strike, rate, dividend, volatility, expiry) - BlackScholesMerton.Price(type, spot, strike, rate, dividend, volatility, expiry);

    private static double CallApproximation(double s, double x, double dr, double dq, double variance)
    {
        double bT = Math.Log(dq / dr);
        double rT = Math.Log(1.0 / dr);
        double beta = (0.5 - (bT / variance)) + Math.Sqrt(Math.Pow((bT / variance) - 0.5, 2.0) + (2.0 * rT / variance));
        double bInfinity = beta / (beta - 1.0) * x;
        double b0 = Math.Max(x, rT / (rT - bT) * x);
        double ht = -(bT + (2.0 * Math.Sqrt(variance))) * b0 / (bInfinity - b0);
        double i = b0 + ((bInfinity - b0) * (1 - Math.Exp(ht)));
        if (!(i >= x))
        {
            // QuantLib raises "Bjerksund-Stensland approximation not applicable to this set of parameters" here.
            throw new ArgumentException(
                "Bjerksund–Stensland (1993) is not applicable to these parameters (its exercise trigger falls below the strike); use a binomial tree",
                nameof(s));
        }

        if (s >= i)
        {
            return s - x;
        }

        double fac = (i - x) * Math.Pow(i, -beta);
        return (fac * Math.Pow(s, beta))
            - (fac * Phi(s, beta, i, i, rT, bT, variance))
            + Phi(s, 1.0, i, i, rT, bT, variance)
            - Phi(s, 1.0, x, i, rT, bT, variance)
            - (x * Phi(s, 0.0, i, i, rT, bT, variance))
            + (x * Phi(s, 0.0, x, i, rT, bT, variance));
    }

    private static double Phi(double s, double gamma, double h, double i, double rT, double bT, double variance)
    {
        double sd = Math.Sqrt(variance);
        double lambda = -rT + (gamma * bT) + (0.5 * gamma * (gamma - 1.0) * variance);
        double d = -(Math.Log(s / h) + (bT + ((gamma - 0.5) * variance))) / sd;
        double kappa = (2.0 * bT / variance) + ((2.0 * gamma) - 1.0);
        return Math.Exp(lambda) * Math.Pow(s, gamma) * (Normal.Cdf(d) - (Math.Pow(i / s, kappa) * Normal.Cdf(d - (2.0 * Math.Log(i / s) / sd))));
    }
}
