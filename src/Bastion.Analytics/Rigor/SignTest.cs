namespace Bastion.Analytics.Rigor;

/// <summary>
/// Exact binomial sign test of periodic returns: under the null, positive and negative periods are equally likely.
/// Zero returns are discarded (the classical sign test). Matches <c>scipy.stats.binomtest(k, n, 0.5)</c>.
/// </summary>
public static class SignTest
{
    /// <summary>Runs the test on <paramref name="returns"/>.</summary>
    public static SignTestResult Run(ReadOnlySpan<double> returns)
    {
        int pos = 0, neg = 0;
        foreach (double r in returns)
        {
            if (r > 0)
            {
                pos++;
            }
            else if (r < 0)
            {
                neg++;
            }
        }

        int n = pos + neg;
        int zeros = returns.Length - n;
        if (n == 0)
        {
            return new SignTestResult(0, 0, zeros, double.NaN, double.NaN);
        }

        // P(X >= pos) for X ~ Bin(n, 1/2) and the two-sided p-value, summing pmf terms in log space.
        double greater = UpperTail(n, pos);
        double twoSided = 2 * pos == n ? 1.0 : Math.Min(1.0, 2.0 * UpperTail(n, Math.Max(pos, neg)));
        return new SignTestResult(pos, neg, zeros, twoSided, greater);
    }

    /// <summary>P(X ≥ k) for X ~ Binomial(n, 1/2).</summary>
    internal static double UpperTail(int n, int k)
    {
        if (k <= 0)
        {
            return 1.0;
        }

        // log C(n, i) by recurrence from i = n downwards; sum exp(log C − n log 2) with a running max for stability.
        double logHalfN = n * Math.Log(2.0);
        double logC = 0.0; // log C(n, n)
        double sum = 0.0;
        for (int i = n; i >= k; i--)
        {
            // exp underflows to exactly 0 below −745.2: skipping those terms leaves the sum unchanged, bit for bit.
            double logTerm = logC - logHalfN;
            if (logTerm > -746.0)
            {
                sum += Math.Exp(logTerm);
            }

            if (i > 0)
            {
                logC += Math.Log(i) - Math.Log(n - i + 1); // C(n, i-1) = C(n, i) * i / (n - i + 1)
            }
        }

        return Math.Min(sum, 1.0);
    }
}
