namespace Bastion.Risk.Volatility;

/// <summary>
/// The RiskMetrics exponentially weighted variance (J.P. Morgan/Reuters, RiskMetrics Technical Document, 1996):
/// zero mean, σ²ₜ₊₁ = λσ²ₜ + (1 − λ)rₜ², started at the named <see cref="VarianceStart"/> value. λ fixed (0.94 daily) or
/// chosen by maximizing the Gaussian log-likelihood over λ in [0.5, 0.9999] (golden-section search, tolerance 1e-9).
/// Thread-safe.
/// </summary>
public static class EwmaVolatility
{
    /// <summary>RiskMetrics' daily decay factor.</summary>
    public const double RiskMetricsLambda = 0.94;

    /// <summary>Runs the filter with a given λ in (0, 1).</summary>
    /// <exception cref="ArgumentException">Fewer than 2 returns, a non-finite return, or λ outside (0, 1).</exception>
    public static EwmaFit Filter(ReadOnlySpan<double> returns, double lambda = RiskMetricsLambda, VarianceStart start = VarianceStart.Backcast)
    {
        if (!(lambda > 0.0 && lambda < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "lambda must be in (0, 1)");
        }

        VaR.Guard.Finite(returns, 2, nameof(returns));
        var variances = new double[returns.Length];
        double ll = Run(returns, lambda, start, variances, out double next);
        return new EwmaFit(lambda, variances, next, ll, false);
    }

    /// <summary>Chooses λ by maximum likelihood, then runs the filter.</summary>
    public static EwmaFit Estimate(ReadOnlySpan<double> returns, VarianceStart start = VarianceStart.Backcast)
    {
        VaR.Guard.Finite(returns, 2, nameof(returns));
        var variances = new double[returns.Length];
        double lo = 0.5, hi = 0.9999;
        double g = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double a = hi - (g * (hi - lo)), b = lo + (g * (hi - lo));
        double fa = -Run(returns, a, start, variances, out _), fb = -Run(returns, b, start, variances, out _);
        while (hi - lo > 1e-9)
        {
            if (fa < fb)
            {
                hi = b;
                b = a;
                fb = fa;
                a = hi - (g * (hi - lo));
                fa = -Run(returns, a, start, variances, out _);
            }
            else
            {
                lo = a;
                a = b;
                fa = fb;
                b = lo + (g * (hi - lo));
                fb = -Run(returns, b, start, variances, out _);
            }
        }

        double lambda = 0.5 * (lo + hi);
        double ll = Run(returns, lambda, start, variances, out double next);
        return new EwmaFit(lambda, variances, next, ll, true);
    }

    private static double Run(ReadOnlySpan<double> returns, double lambda, VarianceStart start, Span<double> variances, out double next)
    {
        double s2 = StartValue.Compute(returns, start, out _);
        double ll = 0.0;
        const double Log2Pi = 1.8378770664093453;
        for (int t = 0; t < returns.Length; t++)
        {
            variances[t] = s2;
            double r = returns[t];
            ll -= 0.5 * (Log2Pi + Math.Log(s2) + (r * r / s2));
            s2 = (lambda * s2) + ((1.0 - lambda) * r * r);
        }

        next = s2;
        return ll;
    }
}
