namespace Bastion.Analytics.Reports;

/// <summary>A benchmark as a price or total-return level series (converted to simple returns).</summary>
/// <param name="Name">Benchmark name, e.g. SPY.</param>
/// <param name="Timestamps">Timestamps, strictly increasing, UTC; matched exactly to the strategies' timestamps.</param>
/// <param name="Levels">Positive price or index levels.</param>
public sealed record BenchmarkCurve(string Name, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Levels);
