using Bastion.Analytics.Series;

namespace Bastion.Analytics.Reports;

/// <summary>A computed tear sheet: one <see cref="StrategyReport"/> per strategy plus the benchmark, ready to render.</summary>
public sealed record TearSheetReport
{
    /// <summary>The input.</summary>
    public required ReportInput Input { get; init; }

    /// <summary>Per-strategy results, in input order.</summary>
    public required IReadOnlyList<StrategyReport> Strategies { get; init; }

    /// <summary>Benchmark returns; null without a benchmark.</summary>
    public ReturnSeries? Benchmark { get; init; }

    /// <summary>Number of trials behind the deflated Sharpe ratio (0 when not computed).</summary>
    public required int Trials { get; init; }

    /// <summary>Factor and style attribution per strategy; empty without attribution inputs.</summary>
    public IReadOnlyList<Attribution.StrategyAttribution> Attribution { get; init; } = [];
}
