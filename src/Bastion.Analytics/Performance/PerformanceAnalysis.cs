using System.Buffers;
using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Series;
using Bastion.Numerics.Statistics;

namespace Bastion.Analytics.Performance;

/// <summary>
/// Computes every headline statistic of a return series (and, with a benchmark, the relative ones) in one call.
/// Thread-safe; allocates only the result, one pooled sort buffer and the drawdown episodes.
/// </summary>
public static class PerformanceAnalysis
{
    /// <summary>
    /// Computes <see cref="PerformanceMetrics"/> for <paramref name="returns"/>. With a benchmark, the two are
    /// aligned on common timestamps first (dropped timestamps are reported in <see cref="BenchmarkComparison"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Options are invalid, or dates mismatch under <see cref="PerformanceOptions.RequireExactBenchmarkDates"/>.</exception>
    public static PerformanceMetrics Compute(ReturnSeries returns, PerformanceOptions? options = null, ReturnSeries? benchmark = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        options ??= new PerformanceOptions();
        options.Validate();
        double p = options.PeriodsPerYear;
        double rf = options.RiskFreePerPeriod;
        double mar = options.RequiredPerPeriod;
        ReadOnlySpan<double> r = returns.Values;
        int n = r.Length;
        var undefined = new Dictionary<string, string>(StringComparer.Ordinal);

        double[] rented = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        try
        {
            Span<double> sorted = rented.AsSpan(0, n);
            r.CopyTo(sorted);
            sorted.Sort();

            double sharpe = ReturnMetrics.SharpeRatio(r, rf, p);
            double sortino = ReturnMetrics.SortinoRatio(r, mar, p);
            double calmar = ReturnMetrics.CalmarRatio(r, p);
            double omega = ReturnMetrics.OmegaRatio(r, rf, options.RequiredReturn, p);
            double tail = ReturnMetrics.TailRatio(sorted);
            double stability = ReturnMetrics.Stability(r);
            double skew = n >= 1 ? Moments.Skewness(r) : double.NaN;
            double kurt = n >= 1 ? Moments.ExcessKurtosis(r) : double.NaN;
            DrawdownPeriod? worst = DrawdownAnalysis.WorstEpisode(returns);
            int positive = 0;
            foreach (double v in r)
            {
                positive += v > 0.0 ? 1 : 0;
            }

            bool constant = n >= 2 && sorted[0] == sorted[n - 1];
            string dispersion = n < 2 ? $"needs at least 2 returns, got {n}" : "returns are constant (zero volatility)";
            if (n == 0)
            {
                undefined["annualReturn"] = "no returns";
                undefined["cumulativeReturn"] = "no returns";
            }

            Explain(undefined, "annualVolatility", n < 2, dispersion);
            Explain(undefined, "sharpeRatio", double.IsNaN(sharpe), n < 2 || constant ? dispersion : "zero dispersion of excess returns");
            Explain(undefined, "sortinoRatio", double.IsNaN(sortino), n < 2 ? dispersion : "no return is below the required return (zero downside risk)");
            Explain(undefined, "calmarRatio", double.IsNaN(calmar), "no drawdown (wealth never fell)");
            Explain(undefined, "omegaRatio", double.IsNaN(omega), n < 2 ? dispersion : "no return is below the threshold");
            Explain(undefined, "tailRatio", double.IsNaN(tail), n == 0 ? "no returns" : "5th percentile is zero");
            Explain(undefined, "stability", double.IsNaN(stability), n < 2 ? dispersion : "cumulative log return is flat or a return is at or below -100%");
            Explain(undefined, "skewness", double.IsNaN(skew), n == 0 ? "no returns" : "returns are constant");
            Explain(undefined, "excessKurtosis", double.IsNaN(kurt), n == 0 ? "no returns" : "returns are constant");

            return new PerformanceMetrics
            {
                Name = returns.Name,
                Start = returns.StartDate,
                End = n > 0 ? returns.Dates[n - 1] : returns.StartDate,
                Observations = n,
                PeriodsPerYear = p,
                CumulativeReturn = n > 0 ? ReturnMetrics.CumulativeReturn(r) : double.NaN,
                AnnualReturn = ReturnMetrics.AnnualReturn(r, p),
                AnnualVolatility = ReturnMetrics.AnnualVolatility(r, p),
                SharpeRatio = sharpe,
                SortinoRatio = sortino,
                DownsideRisk = ReturnMetrics.DownsideRisk(r, mar, p),
                CalmarRatio = calmar,
                OmegaRatio = omega,
                MaxDrawdown = ReturnMetrics.MaxDrawdown(r),
                MaxDrawdownPeriod = worst,
                TailRatio = tail,
                Skewness = skew,
                ExcessKurtosis = kurt,
                ValueAtRisk = ReturnMetrics.ValueAtRisk(sorted, options.VarCutoff),
                ConditionalValueAtRisk = ReturnMetrics.ConditionalValueAtRisk(sorted, options.VarCutoff),
                VarCutoff = options.VarCutoff,
                Stability = stability,
                BestPeriod = n > 0 ? sorted[n - 1] : double.NaN,
                WorstPeriod = n > 0 ? sorted[0] : double.NaN,
                PositivePeriods = n > 0 ? (double)positive / n : double.NaN,
                Benchmark = benchmark is null ? null : Compare(returns, benchmark, options, undefined),
                Undefined = undefined,
            };
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static BenchmarkComparison Compare(ReturnSeries returns, ReturnSeries benchmark, PerformanceOptions options, Dictionary<string, string> undefined)
    {
        AlignedReturns aligned = AlignedReturns.Align(returns, benchmark, options.RequireExactBenchmarkDates);
        ReadOnlySpan<double> s = aligned.Strategy.Values;
        ReadOnlySpan<double> b = aligned.Benchmark.Values;
        double p = options.PeriodsPerYear;
        double rf = options.RiskFreePerPeriod;
        double beta = RelativeMetrics.Beta(s, b);
        double ir = RelativeMetrics.InformationRatio(s, b, p);
        double up = RelativeMetrics.UpCapture(s, b, p);
        double down = RelativeMetrics.DownCapture(s, b, p);
        string few = $"needs at least 2 common observations, got {s.Length}";
        Explain(undefined, "beta", double.IsNaN(beta), s.Length < 2 ? few : "benchmark returns are constant");
        Explain(undefined, "alpha", double.IsNaN(beta), s.Length < 2 ? few : "beta is undefined");
        Explain(undefined, "informationRatio", double.IsNaN(ir), s.Length < 2 ? few : "strategy equals benchmark plus a constant (zero tracking error)");
        Explain(undefined, "upCapture", double.IsNaN(up), "no period with a rising benchmark, or its annual return over those periods is zero");
        Explain(undefined, "downCapture", double.IsNaN(down), "no period with a falling benchmark, or its annual return over those periods is zero");
        double benchAnnual = ReturnMetrics.AnnualReturn(b, p);
        return new BenchmarkComparison
        {
            Name = benchmark.Name,
            Observations = s.Length,
            DroppedFromStrategy = aligned.DroppedFromStrategy,
            DroppedFromBenchmark = aligned.DroppedFromBenchmark,
            BenchmarkAnnualReturn = benchAnnual,
            ExcessAnnualReturn = ReturnMetrics.AnnualReturn(s, p) - benchAnnual,
            ExcessCumulativeReturn = ReturnMetrics.CumulativeReturn(s) - ReturnMetrics.CumulativeReturn(b),
            Alpha = RelativeMetrics.Alpha(s, b, rf, p),
            Beta = beta,
            Correlation = RelativeMetrics.Correlation(s, b),
            InformationRatio = ir,
            TrackingError = RelativeMetrics.TrackingError(s, b, p),
            UpCapture = up,
            DownCapture = down,
        };
    }

    private static void Explain(Dictionary<string, string> undefined, string metric, bool isUndefined, string reason)
    {
        if (isUndefined)
        {
            undefined[metric] = reason;
        }
    }
}
