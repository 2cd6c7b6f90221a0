namespace Bastion.Data.Csv;

/// <summary>Where each field of a detected layout sits in a row (−1 when absent) and the header names.</summary>
internal sealed class CsvColumns
{
    public required CsvLayout Layout { get; init; }

    public required string[] Names { get; init; }

    public int Timestamp { get; init; }

    public int Time { get; init; } = -1;

    public int Open { get; init; } = -1;

    public int High { get; init; } = -1;

    public int Low { get; init; } = -1;

    public int Close { get; init; } = -1;

    public int AdjClose { get; init; } = -1;

    public int Volume { get; init; } = -1;

    /// <summary>The highest index a row must reach to hold every field the layout needs.</summary>
    public int LastRequired => Math.Max(Math.Max(Math.Max(Timestamp, Time), Math.Max(Open, High)),
        Math.Max(Math.Max(Low, Close), Math.Max(AdjClose, Volume)));
}
