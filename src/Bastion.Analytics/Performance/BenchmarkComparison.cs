namespace Bastion.Analytics.Performance;

/// <summary>
/// A strategy against its benchmark, on the timestamps both have. Annualized with the strategy's conventions.
/// </summary>
public sealed record BenchmarkComparison
{
    /// <summary>Benchmark name.</summary>
    public required string Name { get; init; }

    /// <summary>Common observations used.</summary>
    public required int Observations { get; init; }

    /// <summary>Strategy timestamps dropped because the benchmark had none.</summary>
    public required IReadOnlyList<DateTimeOffset> DroppedFromStrategy { get; init; }

    /// <summary>Benchmark timestamps dropped because the strategy had none.</summary>
    public required IReadOnlyList<DateTimeOffset> DroppedFromBenchmark { get; init; }

    /// <summary>Benchmark CAGR over the common timestamps.</summary>
    public required double BenchmarkAnnualReturn { get; init; }

    /// <summary>Strategy CAGR minus benchmark CAGR over the common timestamps.</summary>
    public required double ExcessAnnualReturn { get; init; }

    /// <summary>Strategy cumulative return minus benchmark cumulative return over the common timestamps.</summary>
    public required double ExcessCumulativeReturn { get; init; }

    /// <summary>Annualized CAPM alpha (empyrical).</summary>
    public required double Alpha { get; init; }

    /// <summary>CAPM beta.</summary>
    public required double Beta { get; init; }

    /// <summary>Correlation of returns.</summary>
    public required double Correlation { get; init; }

    /// <summary>Annualized information ratio.</summary>
    public required double InformationRatio { get; init; }

    /// <summary>Annualized tracking error.</summary>
    public required double TrackingError { get; init; }

    /// <summary>Up-market capture ratio.</summary>
    public required double UpCapture { get; init; }

    /// <summary>Down-market capture ratio.</summary>
    public required double DownCapture { get; init; }
}
