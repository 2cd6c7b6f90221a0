using MathNet.Numerics;

namespace Bastion.Risk.Backtesting;

/// <summary>Binomial distribution function by direct summation of log-gamma probabilities. Candidate to move to Numerics.</summary>
internal static class Binomial
{
    /// <summary>P(X ≤ x) for X ~ Binomial(n, p).</summary>
    public static double Cdf(int x, int n, double p)
    {
        if (x < 0)
        {
            return 0.0;
        }

        if (x >= n)
        {
            return 1.0;
        }

        double lnP = Math.Log(p), lnQ = double.LogP1(-p), logNFact = SpecialFunctions.FactorialLn(n);
        double sum = 0.0;
        for (int k = 0; k <= x; k++)
        {
            sum += Math.Exp(logNFact - SpecialFunctions.FactorialLn(k) - SpecialFunctions.FactorialLn(n - k) + (k * lnP) + ((n - k) * lnQ));
        }

        return Math.Min(sum, 1.0);
    }
}
