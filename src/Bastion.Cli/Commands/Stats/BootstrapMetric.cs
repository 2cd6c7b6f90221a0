using Bastion.Analytics.Performance;
using Bastion.Analytics.Rigor;
using Bastion.Numerics.Statistics;

namespace Bastion.Cli.Commands.Stats;

/// <summary>The metrics <c>bastion stats bootstrap-ci --metric</c> can bootstrap, with empyrical's definitions (see docs/analytics.md).</summary>
internal static class BootstrapMetric
{
    /// <summary>Metric names, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "sharpe", "sortino", "annual-return", "annual-volatility", "max-drawdown", "calmar", "omega", "cumulative-return",
        "mean", "downside-risk", "stability", "tail-ratio", "value-at-risk", "conditional-value-at-risk", "skewness", "excess-kurtosis",
    ];

    /// <summary>
    /// The statistic for <paramref name="name"/>; null when unknown. Sorted metrics (tail ratio, VaR, CVaR) sort into
    /// one buffer of <paramref name="observations"/> values, so the statistic is not thread-safe (the bootstrap is sequential).
    /// </summary>
    public static ReturnStatistic? Create(string name, PerformanceOptions options, int observations)
    {
        double p = options.PeriodsPerYear, rf = options.RiskFreePerPeriod, mar = options.RequiredPerPeriod;
        var buffer = new double[observations];
        return name switch
        {
            "sharpe" => r => ReturnMetrics.SharpeRatio(r, rf, p),
            "sortino" => r => ReturnMetrics.SortinoRatio(r, mar, p),
            "annual-return" => r => ReturnMetrics.AnnualReturn(r, p),
            "annual-volatility" => r => ReturnMetrics.AnnualVolatility(r, p),
            "max-drawdown" => r => ReturnMetrics.MaxDrawdown(r),
            "calmar" => r => ReturnMetrics.CalmarRatio(r, p),
            "omega" => r => ReturnMetrics.OmegaRatio(r, rf, options.RequiredReturn, p),
            "cumulative-return" => r => ReturnMetrics.CumulativeReturn(r),
            "mean" => r => Moments.Mean(r),
            "downside-risk" => r => ReturnMetrics.DownsideRisk(r, mar, p),
            "stability" => r => ReturnMetrics.Stability(r),
            "tail-ratio" => r => ReturnMetrics.TailRatio(Sorted(r, buffer)),
            "value-at-risk" => r => ReturnMetrics.ValueAtRisk(Sorted(r, buffer), options.VarCutoff),
            "conditional-value-at-risk" => r => ReturnMetrics.ConditionalValueAtRisk(Sorted(r, buffer), options.VarCutoff),
            "skewness" => r => Moments.Skewness(r),
            "excess-kurtosis" => r => Moments.ExcessKurtosis(r),
            _ => null,
        };
    }

    private static ReadOnlySpan<double> Sorted(ReadOnlySpan<double> r, double[] buffer)
    {
        Span<double> s = buffer.AsSpan(0, r.Length);
        r.CopyTo(s);
        s.Sort();
        return s;
    }
}
