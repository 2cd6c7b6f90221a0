using Bastion.Core.MarketData;
using Bastion.Data.Csv;

namespace Bastion.Data.Validation;

/// <summary>
/// Reads a whole price file of any known layout and reports every problem with file, line and field: row errors
/// (unparseable, non-positive prices, high &lt; low, open/close outside [low, high], negative volume, duplicate or
/// out-of-order timestamps) and series warnings (calendar gaps, robust price jumps, stale closes). Streams the file;
/// memory grows only with the number of issues (and, for wide files, with the matrix).
/// </summary>
public static class DataValidator
{
    /// <summary>Validates <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The header is none of the known layouts.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ValidationReport Validate(string path, ValidationOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= ValidationOptions.Default;
        options.Validate();
        CsvLayout layout = CsvLayoutDetector.Detect(path);
        return layout == CsvLayout.WidePrices ? ValidateWide(path, options) : ValidateBars(path, options);
    }

    private static ValidationReport ValidateBars(string path, ValidationOptions options)
    {
        BarStream stream = BarCsvReader.Open(path, options.Read with { Mode = ReadMode.DropBadRows });
        var issues = new List<DataIssue>();
        var rowIssues = new List<DataIssue>();
        using var reader = new Utf8LineReader(File.OpenRead(path));
        reader.TryReadLine(out ReadOnlySpan<byte> header);
        CsvColumns columns = CsvLayoutDetector.Detect(path, header);
        var parser = new BarRowParser(path, columns, stream.PeriodTicks, options.Read.TimestampLabel, options.Read.UseAdjustedClose);
        var series = new SeriesChecks(path, columns.Names[columns.Close], options);
        long rows = 0;
        while (reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            rows++;
            if (parser.TryParse(line, reader.LineNumber, out Bar bar, rowIssues, collectAll: true))
            {
                series.Add(reader.LineNumber, bar.StartUtcTicks, bar.Close, issues);
            }
            else
            {
                issues.AddRange(rowIssues);
                rowIssues.Clear();
            }
        }

        return new ValidationReport(path, stream.Layout, rows, issues);
    }

    private static ValidationReport ValidateWide(string path, ValidationOptions options)
    {
        var issues = new List<DataIssue>();
        var rowIssues = new List<DataIssue>();
        string[] names;
        using (var reader = new Utf8LineReader(File.OpenRead(path), 1 << 14))
        {
            reader.TryReadLine(out ReadOnlySpan<byte> header);
            names = CsvLayoutDetector.Detect(path, header).Names;
        }

        // The calendar is checked once per row (a gap is a missing date, not a missing cell), the rest per column.
        var dates = new SeriesChecks(path, names[0], options);
        ValidationOptions perColumn = options with { Calendar = null };
        SeriesChecks[] series = [.. names[1..].Select(s => new SeriesChecks(path, s, perColumn))];
        WidePriceReader.Scan(path, out long rows, rowIssues.Add, (line, ticks, values) =>
        {
            issues.AddRange(rowIssues);
            rowIssues.Clear();
            dates.Add(line, ticks, double.NaN, issues);
            for (int j = 0; j < values.Length; j++)
            {
                series[j].Add(line, ticks, values[j], issues);
            }
        });
        issues.AddRange(rowIssues);
        return new ValidationReport(path, CsvLayout.WidePrices, rows, [.. issues.OrderBy(i => i.Line)]);
    }
}
