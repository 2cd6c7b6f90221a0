namespace Bastion.Analytics.Attribution;

/// <summary>
/// Linking coefficients c_t such that Σ_t c_t (R_p,t − R_b,t) = ∏(1 + R_p,t) − ∏(1 + R_b,t): multiplying every
/// effect of period t by c_t makes the linked effects add up to the compounded active return.
/// </summary>
internal static class AttributionLinking
{
    /// <summary>Below this |R_p − R_b| the logarithmic and Menchero ratios are replaced by their limits.</summary>
    private const double Tiny = 1e-14;

    public static double[] Coefficients(LinkingMethod method, ReadOnlySpan<double> portfolio, ReadOnlySpan<double> benchmark) => method switch
    {
        LinkingMethod.Carino => Carino(portfolio, benchmark),
        LinkingMethod.Menchero => Menchero(portfolio, benchmark),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown linking method"),
    };

    public static double Compound(ReadOnlySpan<double> returns)
    {
        double wealth = 1.0;
        foreach (double r in returns)
        {
            wealth *= 1.0 + r;
        }

        return wealth - 1.0;
    }

    /// <summary>c_t = k_t / k with k(R, B) = ln((1 + R)/(1 + B)) / (R − B), written as log1p to keep precision.</summary>
    private static double[] Carino(ReadOnlySpan<double> portfolio, ReadOnlySpan<double> benchmark)
    {
        double k = LogRatio(Compound(portfolio), Compound(benchmark));
        var c = new double[portfolio.Length];
        for (int t = 0; t < c.Length; t++)
        {
            c[t] = LogRatio(portfolio[t], benchmark[t]) / k;
        }

        return c;
    }

    private static double LogRatio(double r, double b)
    {
        double d = r - b;
        return Math.Abs(d) < Tiny ? 1.0 / (1.0 + b) : Math.Log(1.0 + (d / (1.0 + b))) / d;
    }

    private static double[] Menchero(ReadOnlySpan<double> portfolio, ReadOnlySpan<double> benchmark)
    {
        int n = portfolio.Length;
        double r = Compound(portfolio), b = Compound(benchmark);
        double m = Math.Abs(r - b) < Tiny
            ? Math.Pow(1.0 + r, (n - 1.0) / n)
            : (r - b) / n / (Math.Pow(1.0 + r, 1.0 / n) - Math.Pow(1.0 + b, 1.0 / n));
        double sum = 0.0, sumSquares = 0.0;
        for (int t = 0; t < n; t++)
        {
            double a = portfolio[t] - benchmark[t];
            sum += a;
            sumSquares += a * a;
        }

        var c = new double[n];
        double excess = r - b - (m * sum);
        for (int t = 0; t < n; t++)
        {
            double alpha = sumSquares == 0.0 ? 0.0 : excess * (portfolio[t] - benchmark[t]) / sumSquares;
            c[t] = m + alpha;
        }

        return c;
    }
}
