using System.Collections;
using Bastion.Core.MarketData;
using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// The bars of one OHLCV-like file, read incrementally: each enumeration opens the file and streams it through a
/// fixed buffer, so a file larger than memory can be replayed. Bad rows throw (fail fast) or are dropped and counted
/// in <see cref="Dropped"/>. Not thread-safe: enumerate from one thread at a time.
/// </summary>
public sealed class BarStream : IEnumerable<Bar>
{
    private readonly string _path;
    private readonly CsvColumns _columns;
    private readonly BarReadOptions _options;

    internal BarStream(string path, CsvColumns columns, long periodTicks, BarReadOptions options)
    {
        _path = path;
        _columns = columns;
        PeriodTicks = periodTicks;
        _options = options;
    }

    /// <summary>The detected layout.</summary>
    public CsvLayout Layout => _columns.Layout;

    /// <summary>The bar length used, in ticks (given, or inferred from the file).</summary>
    public long PeriodTicks { get; }

    /// <summary>Rows dropped by the last (or current) enumeration in <see cref="ReadMode.DropBadRows"/> mode.</summary>
    public DropReport Dropped { get; } = new();

    /// <inheritdoc />
    public IEnumerator<Bar> GetEnumerator()
    {
        Dropped.Reset();
        using var reader = new Utf8LineReader(File.OpenRead(_path));
        reader.TryReadLine(out _);
        var parser = new BarRowParser(_path, _columns, PeriodTicks, _options.TimestampLabel, _options.UseAdjustedClose);
        var issues = new List<DataIssue>();
        while (TryNext(reader, parser, issues, out Bar bar))
        {
            Dropped.RowsRead++;
            yield return bar;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Opens the file for reading in blocks: the same bars, checks, drops and errors as enumerating, written into the
    /// caller's buffers without a call per bar. Only bars starting in [<paramref name="fromUtcTicks"/>,
    /// <paramref name="toUtcTicks"/>) are returned: earlier ones are read (and checked) and skipped, and reading stops
    /// at the first bar starting at or after the end, so rows beyond it are never read. Resets <see cref="Dropped"/>.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public BarBlockReader OpenBlocks(long fromUtcTicks = long.MinValue, long toUtcTicks = long.MaxValue)
    {
        Dropped.Reset();
        var reader = new Utf8LineReader(File.OpenRead(_path));
        reader.TryReadLine(out _);
        var parser = new BarRowParser(_path, _columns, PeriodTicks, _options.TimestampLabel, _options.UseAdjustedClose);
        return new BarBlockReader(this, reader, parser, fromUtcTicks, toUtcTicks);
    }

    // A separate method: iterator bodies cannot hold the span a line reader returns.
    internal bool TryNext(Utf8LineReader reader, BarRowParser parser, List<DataIssue> issues, out Bar bar)
    {
        while (reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if (parser.TryParse(line, reader.LineNumber, out bar, issues, collectAll: false))
            {
                return true;
            }

            DataIssue issue = issues[0];
            issues.Clear();
            if (_options.Mode == ReadMode.FailFast)
            {
                throw new DataFormatException(issue.File, issue.Line, issue.Field, issue.Message);
            }

            Dropped.Add(issue);
        }

        bar = default;
        return false;
    }
}
