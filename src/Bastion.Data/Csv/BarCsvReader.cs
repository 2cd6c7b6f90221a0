using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// Opens OHLCV-like CSV files (<see cref="CsvLayout.Ohlcv"/>, <see cref="CsvLayout.Yahoo"/>,
/// <see cref="CsvLayout.DateTimeSplit"/>) as streams of <see cref="Core.MarketData.Bar"/>. Times are UTC;
/// daily bars start at midnight UTC of their date and last one day.
/// </summary>
public static class BarCsvReader
{
    private const int InferenceRows = 256;

    /// <summary>Opens <paramref name="path"/>: reads the header (and, when the period must be inferred, the first rows).</summary>
    /// <exception cref="DataFormatException">The header is not an OHLCV-like layout (a wide price file included).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static BarStream Open(string path, BarReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= BarReadOptions.Default;
        if (options.Period is { } given && given <= TimeSpan.Zero)
        {
            throw new ArgumentException("the bar period must be positive", nameof(options));
        }

        using var reader = new Utf8LineReader(File.OpenRead(path), 1 << 14);
        if (!reader.TryReadLine(out ReadOnlySpan<byte> header))
        {
            throw new DataFormatException(path, 1, "header", "the file is empty");
        }

        CsvColumns columns = CsvLayoutDetector.Detect(path, header);
        if (columns.Layout == CsvLayout.WidePrices)
        {
            throw new DataFormatException(path, 1, "header",
                "this is a wide price file (one column per symbol), not OHLCV bars: read it with WidePriceReader");
        }

        long period = options.Period?.Ticks ?? InferPeriod(path, columns, reader);
        return new BarStream(path, columns, period, options);
    }

    /// <summary>Reads the whole file into a list (convenience for small files; use <see cref="Open"/> to stream).</summary>
    public static IReadOnlyList<Core.MarketData.Bar> ReadAll(string path, BarReadOptions? options = null) => [.. Open(path, options)];

    private static long InferPeriod(string path, CsvColumns columns, Utf8LineReader reader)
    {
        // Parse timestamps only (period 0 is a placeholder): the smallest positive step among the first rows.
        var parser = new BarRowParser(path, columns, 0, TimestampLabel.Start, false);
        var issues = new List<DataIssue>();
        long previous = long.MinValue;
        long best = long.MaxValue;
        bool anyTime = columns.Time >= 0;
        for (int n = 0; n < InferenceRows && reader.TryReadLine(out ReadOnlySpan<byte> line); n++)
        {
            if (!parser.TryParse(line, reader.LineNumber, out Core.MarketData.Bar bar, issues, collectAll: false))
            {
                issues.Clear();
                continue;
            }

            anyTime |= bar.StartUtcTicks % TimeSpan.TicksPerDay != 0;
            if (previous != long.MinValue && bar.StartUtcTicks > previous)
            {
                best = Math.Min(best, bar.StartUtcTicks - previous);
            }

            previous = bar.StartUtcTicks;
        }

        if (!anyTime || best == long.MaxValue)
        {
            return TimeSpan.TicksPerDay;
        }

        return Math.Min(best, TimeSpan.TicksPerDay);
    }
}
