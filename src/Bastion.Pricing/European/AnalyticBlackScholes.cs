using Bastion.Numerics.Distributions;

namespace Bastion.Pricing.European;

/// <summary>
/// The generalized Black–Scholes kernel (spot S, cost of carry r − q). BSM, Black-76 (S = F, q = r) and
/// Garman–Kohlhagen (q = foreign rate) are all this formula. Φ and φ come from <see cref="Normal"/>.
/// Inputs are assumed validated by the public entry points.
/// </summary>
internal static class AnalyticBlackScholes
{
    public static double Price(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        double sd = volatility * Math.Sqrt(expiry);
        double dr = Math.Exp(-rate * expiry);
        double dq = Math.Exp(-dividend * expiry);
        double d1 = (Math.Log(spot / strike) + ((rate - dividend) * expiry)) / sd + (0.5 * sd);
        double d2 = d1 - sd;
        return omega * ((spot * dq * Normal.Cdf(omega * d1)) - (strike * dr * Normal.Cdf(omega * d2)));
    }

    public static OptionGreeks Greeks(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        double sqrtT = Math.Sqrt(expiry);
        double sd = volatility * sqrtT;
        double dr = Math.Exp(-rate * expiry);
        double dq = Math.Exp(-dividend * expiry);
        double d1 = (Math.Log(spot / strike) + ((rate - dividend) * expiry)) / sd + (0.5 * sd);
        double d2 = d1 - sd;
        double n1 = Normal.Cdf(omega * d1);
        double n2 = Normal.Cdf(omega * d2);
        double pdf1 = Normal.Pdf(d1);
        double spotTerm = spot * dq * n1;
        double strikeTerm = strike * dr * n2;
        double price = omega * (spotTerm - strikeTerm);
        double vega = spot * dq * pdf1 * sqrtT;
        double theta = (-spot * dq * pdf1 * volatility / (2.0 * sqrtT)) + (omega * ((dividend * spotTerm) - (rate * strikeTerm)));
        return new OptionGreeks(
            Price: price,
            Delta: omega * dq * n1,
            Gamma: dq * pdf1 / (spot * sd),
            VegaPerUnitVol: vega,
            ThetaPerYear: theta,
            RhoPerUnitRate: omega * expiry * strikeTerm,
            DividendRhoPerUnitRate: -omega * expiry * spotTerm,
            Vanna: -dq * pdf1 * d2 / volatility,
            Volga: vega * d1 * d2 / volatility);
    }

    /// <summary>Validates the shared inputs at a public boundary.</summary>
    public static void Validate(OptionType type, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        Guard.Defined(type);
        Guard.Positive(spot);
        Guard.Positive(strike);
        Guard.Finite(rate);
        Guard.Finite(dividend);
        Guard.Positive(volatility);
        Guard.Positive(expiry);
    }
}
