namespace Bastion.Numerics.Distributions;

/// <summary>
/// The binomial distribution: the number of successes in n independent trials with success probability p
/// (e.g. VaR exceptions in 250 days at p = 1% for the Basel traffic light). Thread-safe.
/// </summary>
public static class Binomial
{
    /// <summary>P(X = k).</summary>
    public static double Pmf(int k, int trials, double probability)
    {
        Check(trials, probability);
        if (k < 0 || k > trials)
        {
            return 0.0;
        }

        if (probability == 0.0 || probability == 1.0)
        {
            return (probability == 0.0 ? k == 0 : k == trials) ? 1.0 : 0.0;
        }

        // Loader's (2000) saddle-point form (R's dbinom_raw): no differences of large log-gammas.
        double n = trials;
        double q = 1.0 - probability;
        if (k == 0)
        {
            return Math.Exp(n * SpecialFunctions.LogOnePlus(-probability));
        }

        if (k == trials)
        {
            return Math.Exp(n * Math.Log(probability));
        }

        double x = k;
        double logDensity = SpecialFunctions.StirlingError(n) - SpecialFunctions.StirlingError(x) - SpecialFunctions.StirlingError(n - x)
            - SpecialFunctions.Bd0(x, n * probability) - SpecialFunctions.Bd0(n - x, n * q);
        return Math.Exp(logDensity) * Math.Sqrt(n / (2.0 * Math.PI * x * (n - x)));
    }

    /// <summary>P(X ≤ k): 0 for k &lt; 0 and 1 for k ≥ n.</summary>
    public static double Cdf(int k, int trials, double probability)
    {
        Check(trials, probability);
        if (k < 0)
        {
            return 0.0;
        }

        if (k >= trials)
        {
            return 1.0;
        }

        // P(X ≤ k) = I_{1−p}(n − k, k + 1).
        return IncompleteBeta.Regularized(trials - k, k + 1.0, 1.0 - probability, probability);
    }

    /// <summary>P(X &gt; k), accurate when small (the probability of more than k exceptions).</summary>
    public static double Survival(int k, int trials, double probability)
    {
        Check(trials, probability);
        if (k < 0)
        {
            return 1.0;
        }

        if (k >= trials)
        {
            return 0.0;
        }

        // P(X > k) = I_p(k + 1, n − k).
        return IncompleteBeta.Regularized(k + 1.0, trials - k, probability, 1.0 - probability);
    }

    private static void Check(int trials, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (!(probability >= 0.0 && probability <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "probability must be in [0, 1]");
        }
    }
}
