using Bastion.Numerics.Distributions;

namespace Bastion.Risk.Backtesting;

/// <summary>
/// VaR coverage tests with MATLAB <c>varbacktest</c>'s names and definitions. An exception ("failure", hit) is a day whose
/// loss exceeds the VaR: −P&amp;Lₜ &gt; VaRₜ. p is the expected exception probability, 1 − VaR confidence. 0·ln 0 = 0 throughout.
/// POF (Kupiec, 1995): LR = −2 ln[(1−p)^{N−x} p^x] + 2 ln[(1−x/N)^{N−x} (x/N)^x], χ²₁.
/// TUFF (Kupiec, 1995): with n the day of the first failure, LR = −2 ln[p(1−p)^{n−1}] + 2 ln[(1/n)(1−1/n)^{n−1}], χ²₁.
/// CCI (Christoffersen, 1998): independence of consecutive hits from the transition counts n₀₀, n₀₁, n₁₀, n₁₁, χ²₁.
/// CC: conditional coverage LR_POF (over all N days) + LR_CCI, χ²₂.
/// Thread-safe.
/// </summary>
public static class CoverageTests
{
    /// <summary>Kupiec's proportion-of-failures test.</summary>
    public static LikelihoodRatioTest ProportionOfFailures(int observations, int exceptions, double probability)
    {
        CheckCounts(observations, exceptions, probability);
        double n = observations, x = exceptions, phat = x / n;
        double null0 = ((n - x) * double.LogP1(-probability)) + (x * Math.Log(probability));
        double alt = XLogY(n - x, 1.0 - phat) + XLogY(x, phat);
        double lr = Math.Max(0.0, -2.0 * (null0 - alt));
        return new LikelihoodRatioTest("POF", lr, ChiSquared.Survival(lr, 1), 1);
    }

    /// <summary>Kupiec's time-until-first-failure test; <paramref name="firstFailure"/> is the 1-based day of the first exception, or 0 when there is none (LR is then NaN).</summary>
    public static LikelihoodRatioTest TimeUntilFirstFailure(int firstFailure, double probability)
    {
        CheckProbability(probability);
        ArgumentOutOfRangeException.ThrowIfNegative(firstFailure);
        if (firstFailure == 0)
        {
            return new LikelihoodRatioTest("TUFF", double.NaN, double.NaN, 1);
        }

        double n = firstFailure;
        double null0 = Math.Log(probability) + ((n - 1) * double.LogP1(-probability));
        double alt = Math.Log(1.0 / n) + XLogY(n - 1, 1.0 - (1.0 / n));
        double lr = Math.Max(0.0, -2.0 * (null0 - alt));
        return new LikelihoodRatioTest("TUFF", lr, ChiSquared.Survival(lr, 1), 1);
    }

    /// <summary>Christoffersen's independence test on a hit sequence (true = exception).</summary>
    public static LikelihoodRatioTest Independence(ReadOnlySpan<bool> hits)
    {
        if (hits.Length < 2)
        {
            throw new ArgumentException("needs at least 2 days of hits", nameof(hits));
        }

        (int n00, int n01, int n10, int n11) = Transitions(hits);
        double p01 = n00 + n01 > 0 ? (double)n01 / (n00 + n01) : 0.0;
        double p11 = n10 + n11 > 0 ? (double)n11 / (n10 + n11) : 0.0;
        double p = (double)(n01 + n11) / (n00 + n01 + n10 + n11);
        double null0 = XLogY(n00 + n10, 1.0 - p) + XLogY(n01 + n11, p);
        double alt = XLogY(n00, 1.0 - p01) + XLogY(n01, p01) + XLogY(n10, 1.0 - p11) + XLogY(n11, p11);
        double lr = Math.Max(0.0, -2.0 * (null0 - alt));
        return new LikelihoodRatioTest("CCI", lr, ChiSquared.Survival(lr, 1), 1);
    }

    /// <summary>Christoffersen's conditional coverage: POF on the whole sequence plus CCI, χ²₂.</summary>
    public static LikelihoodRatioTest ConditionalCoverage(ReadOnlySpan<bool> hits, double probability)
    {
        int x = Count(hits);
        double lr = ProportionOfFailures(hits.Length, x, probability).Statistic + Independence(hits).Statistic;
        return new LikelihoodRatioTest("CC", lr, ChiSquared.Survival(lr, 2), 2);
    }

    /// <summary>The transition counts (n₀₀, n₀₁, n₁₀, n₁₁) of consecutive days.</summary>
    public static (int N00, int N01, int N10, int N11) Transitions(ReadOnlySpan<bool> hits)
    {
        int n00 = 0, n01 = 0, n10 = 0, n11 = 0;
        for (int t = 1; t < hits.Length; t++)
        {
            switch ((hits[t - 1], hits[t]))
            {
                case (false, false): n00++; break;
                case (false, true): n01++; break;
                case (true, false): n10++; break;
                default: n11++; break;
            }
        }

        return (n00, n01, n10, n11);
    }

    internal static int Count(ReadOnlySpan<bool> hits)
    {
        int x = 0;
        foreach (bool h in hits)
        {
            x += h ? 1 : 0;
        }

        return x;
    }

    internal static void CheckCounts(int observations, int exceptions, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(observations, 1);
        if (exceptions < 0 || exceptions > observations)
        {
            throw new ArgumentOutOfRangeException(nameof(exceptions), exceptions, $"exceptions must be between 0 and the {observations} observations");
        }

        CheckProbability(probability);
    }

    private static void CheckProbability(double probability)
    {
        if (!(probability > 0.0 && probability < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "the exception probability must be in (0, 1), e.g. 0.01 for a 99% VaR");
        }
    }

    private static double XLogY(double x, double y) => x == 0.0 ? 0.0 : x * Math.Log(y);
}
