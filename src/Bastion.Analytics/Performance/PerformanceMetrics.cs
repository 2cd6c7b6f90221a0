using Bastion.Analytics.Drawdowns;

namespace Bastion.Analytics.Performance;

/// <summary>
/// Headline statistics of one return series. Fractions are simple (0.12 = 12%); annualized figures use
/// <see cref="PeriodsPerYear"/>. A NaN value is undefined for the data, and <see cref="Undefined"/> says why.
/// </summary>
public sealed record PerformanceMetrics
{
    /// <summary>Series name.</summary>
    public required string Name { get; init; }

    /// <summary>Start date (wealth before the first return).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Date of the last return.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Number of returns used.</summary>
    public required int Observations { get; init; }

    /// <summary>Annualization factor used.</summary>
    public required double PeriodsPerYear { get; init; }

    /// <summary>Compounded return over the whole series.</summary>
    public required double CumulativeReturn { get; init; }

    /// <summary>Compound annual growth rate.</summary>
    public required double AnnualReturn { get; init; }

    /// <summary>Annualized volatility (sample std, ddof = 1).</summary>
    public required double AnnualVolatility { get; init; }

    /// <summary>Annualized Sharpe ratio (excess of the per-period risk-free rate).</summary>
    public required double SharpeRatio { get; init; }

    /// <summary>Annualized Sortino ratio against the required return.</summary>
    public required double SortinoRatio { get; init; }

    /// <summary>Annualized downside deviation below the required return.</summary>
    public required double DownsideRisk { get; init; }

    /// <summary>Calmar ratio: annual return / |max drawdown|.</summary>
    public required double CalmarRatio { get; init; }

    /// <summary>Omega ratio at the required return (annual, converted per period) net of the risk-free rate.</summary>
    public required double OmegaRatio { get; init; }

    /// <summary>Maximum drawdown, a negative fraction (empyrical's sign).</summary>
    public required double MaxDrawdown { get; init; }

    /// <summary>The worst drawdown episode with its dates; null when wealth never fell.</summary>
    public required DrawdownPeriod? MaxDrawdownPeriod { get; init; }

    /// <summary>Tail ratio: |95th percentile| / |5th percentile|.</summary>
    public required double TailRatio { get; init; }

    /// <summary>Skewness, population (biased) estimator as <c>scipy.stats.skew</c>.</summary>
    public required double Skewness { get; init; }

    /// <summary>Excess kurtosis (0 for normal), population estimator as <c>scipy.stats.kurtosis</c>.</summary>
    public required double ExcessKurtosis { get; init; }

    /// <summary>Historical one-period VaR at <see cref="VarCutoff"/>, a POSITIVE loss fraction.</summary>
    public required double ValueAtRisk { get; init; }

    /// <summary>Historical one-period CVaR (expected shortfall) at <see cref="VarCutoff"/>, a POSITIVE loss fraction.</summary>
    public required double ConditionalValueAtRisk { get; init; }

    /// <summary>Tail probability of VaR and CVaR.</summary>
    public required double VarCutoff { get; init; }

    /// <summary>R² of cumulative log returns against time.</summary>
    public required double Stability { get; init; }

    /// <summary>Best single-period return.</summary>
    public required double BestPeriod { get; init; }

    /// <summary>Worst single-period return.</summary>
    public required double WorstPeriod { get; init; }

    /// <summary>Fraction of periods with a positive return.</summary>
    public required double PositivePeriods { get; init; }

    /// <summary>Statistics against the benchmark; null without one.</summary>
    public BenchmarkComparison? Benchmark { get; init; }

    /// <summary>Why each NaN metric is undefined, keyed by metric name in camelCase (e.g. <c>sharpeRatio</c>).</summary>
    public required IReadOnlyDictionary<string, string> Undefined { get; init; }
}
