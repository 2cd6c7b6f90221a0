using Bastion.Analytics.Performance;
using Bastion.Analytics.Reports.Portfolio;

namespace Bastion.Analytics.Reports;

/// <summary>Everything a tear sheet is built from: one or several strategies, an optional benchmark, conventions.</summary>
public sealed record ReportInput
{
    /// <summary>Report title (e.g. the backtest or demo name).</summary>
    public string Title { get; init; } = "Strategy tear sheet";

    /// <summary>The strategies, shown side by side in this order. At least one.</summary>
    public required IReadOnlyList<StrategyRun> Strategies { get; init; }

    /// <summary>Optional benchmark.</summary>
    public BenchmarkCurve? Benchmark { get; init; }

    /// <summary>Annualization, risk-free rate, required return, rolling window, VaR cutoff.</summary>
    public PerformanceOptions Options { get; init; } = new();

    /// <summary>
    /// Per-period Sharpe ratios of every trial tried before choosing these strategies, for the deflated Sharpe ratio.
    /// When empty and there are several strategies, the strategies themselves are the trials.
    /// </summary>
    public IReadOnlyList<double> TrialSharpes { get; init; } = [];

    /// <summary>Optional factor and style returns; when given the tear sheet adds an attribution section.</summary>
    public Attribution.ReportAttributionInput? Attribution { get; init; }
    /// <summary>Optional portfolio-construction section (frontier, weights, risk contributions), rendered after the strategies.</summary>
    public PortfolioReport? Portfolio { get; init; }
}
