namespace Bastion.Analytics.Rolling;

/// <summary>
/// Trailing-window statistics (pyfolio's rolling Sharpe, volatility and beta). Output has one value per input
/// observation; the first <c>window − 1</c> values are NaN, as in pandas' <c>rolling(window)</c>. Computed with
/// running sums re-centred on the first window, O(n). Thread-safe.
/// </summary>
public static class RollingMetrics
{
    /// <summary>Rolling annualized volatility: std(ddof = 1) × √periodsPerYear over each window.</summary>
    public static double[] Volatility(ReadOnlySpan<double> returns, int window, double periodsPerYear)
    {
        RequireWindow(window);
        var result = new double[returns.Length];
        RollingMoments(returns, window, result, (mean, sd) => sd * Math.Sqrt(periodsPerYear));
        return result;
    }

    /// <summary>Rolling annualized Sharpe ratio: mean(r − rf) / std(r, ddof = 1) × √periodsPerYear; NaN where std is 0.</summary>
    public static double[] Sharpe(ReadOnlySpan<double> returns, int window, double riskFreePerPeriod, double periodsPerYear)
    {
        RequireWindow(window);
        var result = new double[returns.Length];
        RollingMoments(returns, window, result, (mean, sd) => !Performance.ReturnMetrics.IsZeroDispersion(sd, mean) ? (mean - riskFreePerPeriod) / sd * Math.Sqrt(periodsPerYear) : double.NaN);
        return result;
    }

    /// <summary>Rolling beta cov(r, b) / var(b) over each window; NaN where the benchmark is flat.</summary>
    public static double[] Beta(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, int window)
    {
        RequireWindow(window);
        if (returns.Length != benchmark.Length)
        {
            throw new ArgumentException($"benchmark has {benchmark.Length} observations, returns {returns.Length}; align them first", nameof(benchmark));
        }

        int n = returns.Length;
        var result = new double[n];
        if (n == 0)
        {
            return result;
        }

        // Shift by the first values to limit cancellation in the running sums.
        double cr = returns[0], cb = benchmark[0];
        double sr = 0, sb = 0, sbb = 0, srb = 0;
        for (int i = 0; i < n; i++)
        {
            double r = returns[i] - cr, b = benchmark[i] - cb;
            sr += r;
            sb += b;
            sbb += b * b;
            srb += r * b;
            if (i >= window)
            {
                double r0 = returns[i - window] - cr, b0 = benchmark[i - window] - cb;
                sr -= r0;
                sb -= b0;
                sbb -= b0 * b0;
                srb -= r0 * b0;
            }

            if (i < window - 1)
            {
                result[i] = double.NaN;
                continue;
            }

            double varB = (sbb / window) - ((sb / window) * (sb / window));
            double cov = (srb / window) - ((sr / window) * (sb / window));
            result[i] = varB > 1e-30 ? cov / varB : double.NaN;
        }

        return result;
    }

    private static void RollingMoments(ReadOnlySpan<double> x, int window, double[] result, Func<double, double, double> map)
    {
        int n = x.Length;
        if (n == 0)
        {
            return;
        }

        double c = x[0];
        double s = 0, ss = 0;
        for (int i = 0; i < n; i++)
        {
            double v = x[i] - c;
            s += v;
            ss += v * v;
            if (i >= window)
            {
                double v0 = x[i - window] - c;
                s -= v0;
                ss -= v0 * v0;
            }

            if (i < window - 1 || window < 2)
            {
                result[i] = double.NaN;
                continue;
            }

            double mean = s / window;
            double var = Math.Max((ss - (s * mean)) / (window - 1), 0.0);
            result[i] = map(mean + c, Math.Sqrt(var));
        }
    }

    private static void RequireWindow(int window)
    {
        if (window < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "window must be at least 2 observations");
        }
    }
}
