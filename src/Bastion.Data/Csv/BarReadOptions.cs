namespace Bastion.Data.Csv;

/// <summary>How <see cref="BarCsvReader"/> reads an OHLCV file. Immutable.</summary>
public sealed record BarReadOptions
{
    /// <summary>Fail at the first bad row (default), or drop bad rows and count them.</summary>
    public ReadMode Mode { get; init; } = ReadMode.FailFast;

    /// <summary>
    /// Bar length. Null (default): one day when timestamps carry no time of day, otherwise the smallest positive
    /// step between the first 256 timestamps.
    /// </summary>
    public TimeSpan? Period { get; init; }

    /// <summary>Whether timestamps name bar starts (default) or bar ends.</summary>
    public TimestampLabel TimestampLabel { get; init; } = TimestampLabel.Start;

    /// <summary>
    /// Yahoo layout only: when true, open, high, low and close are multiplied by <c>Adj Close / Close</c>
    /// (dividend- and split-adjusted bars); when false (default) the raw columns are used and Adj Close is ignored.
    /// </summary>
    public bool UseAdjustedClose { get; init; }

    /// <summary>The defaults: fail fast, inferred period, start-labelled timestamps, raw prices.</summary>
    public static BarReadOptions Default { get; } = new();
}
