namespace Bastion.Analytics.Performance;

/// <summary>
/// Statistics of a strategy against a benchmark, with empyrical 0.5.5's definitions. Both spans hold simple
/// per-period returns on the SAME dates (align first with <see cref="Series.AlignedReturns.Align"/>). NaN when
/// undefined. Thread-safe, allocation-free.
/// </summary>
public static class RelativeMetrics
{
    /// <summary>
    /// CAPM beta: cov(r, b) / var(b), both population moments (empyrical <c>beta</c>; the risk-free rate cancels).
    /// NaN below 2 observations or when the benchmark variance is below 1e−30.
    /// </summary>
    public static double Beta(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark)
    {
        RequireSameLength(returns, benchmark);
        int n = returns.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        double bMean = ReturnMetrics.Mean(benchmark);
        double cov = 0.0, var = 0.0;
        for (int i = 0; i < n; i++)
        {
            double d = benchmark[i] - bMean;
            cov += d * returns[i];
            var += d * d;
        }

        var /= n;
        return var < 1e-30 ? double.NaN : cov / n / var;
    }

    /// <summary>
    /// Annualized CAPM alpha (empyrical <c>alpha</c>): (1 + mean((r − rf) − β(b − rf)))^periodsPerYear − 1,
    /// with a per-period risk-free rate. NaN below 2 observations or when beta is undefined.
    /// </summary>
    public static double Alpha(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double riskFreePerPeriod, double periodsPerYear)
    {
        double beta = Beta(returns, benchmark);
        if (double.IsNaN(beta))
        {
            return double.NaN;
        }

        double sum = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            sum += (returns[i] - riskFreePerPeriod) - (beta * (benchmark[i] - riskFreePerPeriod));
        }

        return Math.Pow(1.0 + (sum / returns.Length), periodsPerYear) - 1.0;
    }

    /// <summary>Annualized tracking error: std(r − b, ddof = 1) × √periodsPerYear. NaN below 2 observations.</summary>
    public static double TrackingError(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear)
        => ActiveStandardDeviation(returns, benchmark) * Math.Sqrt(periodsPerYear);

    /// <summary>
    /// Annualized information ratio: mean(r − b) / std(r − b, ddof = 1) × √periodsPerYear, i.e. empyrical's
    /// <c>excess_sharpe</c> (which is per period) times √periodsPerYear. NaN below 2 observations or with zero tracking error.
    /// </summary>
    public static double InformationRatio(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear)
    {
        double sd = ActiveStandardDeviation(returns, benchmark);
        double sum = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            sum += returns[i] - benchmark[i];
        }

        double mean = sum / returns.Length;
        return double.IsNaN(sd) || ReturnMetrics.IsZeroDispersion(sd, mean) ? double.NaN : mean / sd * Math.Sqrt(periodsPerYear);
    }

    /// <summary>
    /// Up-market capture (empyrical <c>up_capture</c>): annual return of the strategy over the periods where the
    /// benchmark rose, divided by the benchmark's annual return over the same periods.
    /// </summary>
    public static double UpCapture(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear)
        => Capture(returns, benchmark, periodsPerYear, up: true);

    /// <summary>Down-market capture (empyrical <c>down_capture</c>): as <see cref="UpCapture"/> over the periods where the benchmark fell.</summary>
    public static double DownCapture(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear)
        => Capture(returns, benchmark, periodsPerYear, up: false);

    /// <summary>Pearson correlation of the two series; NaN below 2 observations or with zero dispersion.</summary>
    public static double Correlation(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark)
    {
        RequireSameLength(returns, benchmark);
        if (returns.Length < 2)
        {
            return double.NaN;
        }

        double ma = ReturnMetrics.Mean(returns), mb = ReturnMetrics.Mean(benchmark);
        double sab = 0.0, saa = 0.0, sbb = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            double a = returns[i] - ma, b = benchmark[i] - mb;
            sab += a * b;
            saa += a * a;
            sbb += b * b;
        }

        return saa > 0.0 && sbb > 0.0 ? sab / Math.Sqrt(saa * sbb) : double.NaN;
    }

    private static double Capture(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear, bool up)
    {
        RequireSameLength(returns, benchmark);
        double ws = 1.0, wb = 1.0;
        int n = 0;
        for (int i = 0; i < returns.Length; i++)
        {
            if (up ? benchmark[i] > 0.0 : benchmark[i] < 0.0)
            {
                ws *= 1.0 + returns[i];
                wb *= 1.0 + benchmark[i];
                n++;
            }
        }

        if (n == 0)
        {
            return double.NaN;
        }

        double years = n / periodsPerYear;
        double bench = Math.Pow(wb, 1.0 / years) - 1.0;
        return bench != 0.0 ? (Math.Pow(ws, 1.0 / years) - 1.0) / bench : double.NaN;
    }

    private static double ActiveStandardDeviation(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark)
    {
        RequireSameLength(returns, benchmark);
        int n = returns.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        double mean = 0.0;
        for (int i = 0; i < n; i++)
        {
            mean += returns[i] - benchmark[i];
        }

        mean /= n;
        double ss = 0.0;
        for (int i = 0; i < n; i++)
        {
            double d = returns[i] - benchmark[i] - mean;
            ss += d * d;
        }

        return Math.Sqrt(ss / (n - 1));
    }

    private static void RequireSameLength(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark)
    {
        if (returns.Length != benchmark.Length)
        {
            throw new ArgumentException($"benchmark has {benchmark.Length} observations, returns {returns.Length}; align them first", nameof(benchmark));
        }
    }
}
