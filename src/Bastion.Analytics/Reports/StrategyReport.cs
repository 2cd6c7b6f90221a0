using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Series;
using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports;

/// <summary>Everything computed for one strategy of a tear sheet.</summary>
public sealed record StrategyReport
{
    /// <summary>The input run.</summary>
    public required StrategyRun Run { get; init; }

    /// <summary>Simple returns of the equity curve.</summary>
    public required ReturnSeries Returns { get; init; }

    /// <summary>Headline metrics (with the benchmark comparison when there is a benchmark).</summary>
    public required PerformanceMetrics Metrics { get; init; }

    /// <summary>Trade statistics, exposure and turnover.</summary>
    public required TradeStatistics TradeStatistics { get; init; }

    /// <summary>Worst drawdown episodes, worst first.</summary>
    public required IReadOnlyList<DrawdownPeriod> WorstDrawdowns { get; init; }

    /// <summary>Underwater curve, one value per return.</summary>
    public required IReadOnlyList<double> Underwater { get; init; }

    /// <summary>Rolling annualized Sharpe ratio (NaN before the window fills).</summary>
    public required IReadOnlyList<double> RollingSharpe { get; init; }

    /// <summary>Rolling annualized volatility.</summary>
    public required IReadOnlyList<double> RollingVolatility { get; init; }

    /// <summary>Rolling beta to the benchmark on the strategy's dates (NaN where the benchmark has no observation); empty without a benchmark.</summary>
    public required IReadOnlyList<double> RollingBeta { get; init; }

    /// <summary>Compounded monthly returns.</summary>
    public required IReadOnlyList<PeriodReturn> Monthly { get; init; }

    /// <summary>Compounded calendar-year returns.</summary>
    public required IReadOnlyList<PeriodReturn> Annual { get; init; }

    /// <summary>Per-period Sharpe, skewness and raw kurtosis; null when the Sharpe ratio is undefined.</summary>
    public SharpeStatistics? SharpeStatistics { get; init; }

    /// <summary>PSR(0): probability that the true Sharpe ratio is above zero; NaN when undefined.</summary>
    public required double ProbabilisticSharpe { get; init; }

    /// <summary>Deflated Sharpe ratio against the trials; null without at least 2 trials.</summary>
    public DeflatedSharpe? Deflated { get; init; }

    /// <summary>Observations needed for PSR(0) to reach 95%; NaN when the Sharpe ratio is not positive.</summary>
    public required double MinimumTrackRecordLength { get; init; }

    /// <summary>Sign test of the periodic returns.</summary>
    public required SignTestResult SignTest { get; init; }

    /// <summary>
    /// 95% stationary-bootstrap interval of the annualized Sharpe ratio (Politis–White block length, 500 replications,
    /// fixed seed); null below 20 observations or when the Sharpe ratio is undefined.
    /// </summary>
    public BootstrapInterval? SharpeInterval { get; init; }

    /// <summary>Harvey–Liu haircut (Bonferroni over the trials); null without a defined Sharpe ratio.</summary>
    public Haircut? Haircut { get; init; }
}
