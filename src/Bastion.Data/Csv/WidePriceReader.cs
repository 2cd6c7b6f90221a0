using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// Reads wide close-price files (<see cref="CsvLayout.WidePrices"/>): first column an ISO date, one column per symbol.
/// Blank cells are missing (NaN). A zero, negative or unparseable cell is an error, as is a date not after the
/// previous row's.
/// </summary>
public static class WidePriceReader
{
    /// <summary>Reads <paramref name="path"/> into a <see cref="PriceMatrix"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">Fail at the first bad cell or row; or drop them (bad cells become NaN, bad rows are skipped) and count in <paramref name="dropped"/>.</param>
    /// <param name="dropped">Receives the counts of dropped cells and rows by reason (empty in fail-fast mode).</param>
    /// <exception cref="DataFormatException">Not a wide price file, or (fail fast) the first bad cell or row.</exception>
    public static PriceMatrix Read(string path, ReadMode mode, out DropReport dropped)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var report = new DropReport();
        PriceMatrix matrix = Scan(path, out _, issue =>
        {
            if (mode == ReadMode.FailFast)
            {
                throw new DataFormatException(issue.File, issue.Line, issue.Field, issue.Message);
            }

            report.Add(issue);
        });
        report.RowsRead = matrix.RowCount;
        dropped = report;
        return matrix;
    }

    /// <summary>Reads <paramref name="path"/>, failing at the first bad cell or row.</summary>
    public static PriceMatrix Read(string path) => Read(path, ReadMode.FailFast, out _);

    /// <summary>Reads every row, handing each error-level problem to <paramref name="onIssue"/> (bad cells become NaN, bad rows are skipped).</summary>
    internal static PriceMatrix Scan(string path, out long dataLines, Action<DataIssue> onIssue, Action<int, long, ReadOnlySpan<double>>? onRow = null)
    {
        dataLines = 0;
        using var reader = new Utf8LineReader(File.OpenRead(path));
        if (!reader.TryReadLine(out ReadOnlySpan<byte> header))
        {
            throw new DataFormatException(path, 1, "header", "the file is empty");
        }

        CsvColumns columns = CsvLayoutDetector.Detect(path, header);
        if (columns.Layout != CsvLayout.WidePrices)
        {
            throw new DataFormatException(path, 1, "header", $"this is a {columns.Layout} bar file, not a wide price file: read it with BarCsvReader");
        }

        int n = columns.Names.Length - 1;
        var dates = new List<DateOnly>();
        var values = new List<double>[n];
        for (int j = 0; j < n; j++)
        {
            values[j] = [];
        }

        double[] row = new double[n];
        int[] starts = new int[n + 2];
        int[] lengths = new int[n + 2];
        long last = long.MinValue;
        while (reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            int lineNumber = reader.LineNumber;
            dataLines++;
            int count = BarRowParser.SplitFields(line, starts, lengths);
            if (count != n + 1)
            {
                onIssue(DataIssue.Create(path, lineNumber, "row", DataIssueKind.Unparseable, $"{count} fields, the header has {n + 1}"));
                continue;
            }

            ReadOnlySpan<byte> dateField = line.Slice(starts[0], lengths[0]).Trim((byte)' ');
            if (!Utf8Fields.TryParseDate(dateField, out long ticks) || dateField.Length != 10)
            {
                onIssue(DataIssue.Create(path, lineNumber, columns.Names[0], DataIssueKind.Unparseable,
                    $"'{System.Text.Encoding.UTF8.GetString(dateField)}' is not an ISO 8601 date (yyyy-MM-dd)"));
                continue;
            }

            if (ticks <= last)
            {
                DataIssueKind kind = ticks == last ? DataIssueKind.DuplicateTimestamp : DataIssueKind.OutOfOrderTimestamp;
                onIssue(DataIssue.Create(path, lineNumber, columns.Names[0], kind,
                    $"{BarRowParser.Stamp(ticks)} is not after the previous row's {BarRowParser.Stamp(last)}"));
                continue;
            }

            last = ticks;
            for (int j = 0; j < n; j++)
            {
                row[j] = Cell(path, lineNumber, columns.Names[j + 1], line.Slice(starts[j + 1], lengths[j + 1]), onIssue);
            }

            onRow?.Invoke(lineNumber, ticks, row);
            dates.Add(DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc)));
            for (int j = 0; j < n; j++)
            {
                values[j].Add(row[j]);
            }
        }

        return new PriceMatrix(dates, columns.Names[1..], values.Select(v => v.ToArray()).ToArray());
    }

    private static double Cell(string path, int line, string symbol, ReadOnlySpan<byte> field, Action<DataIssue> onIssue)
    {
        ReadOnlySpan<byte> trimmed = field.Trim((byte)' ');
        if (trimmed.IsEmpty)
        {
            return double.NaN;
        }

        if (!Utf8Fields.TryParseDouble(trimmed, out double value))
        {
            onIssue(DataIssue.Create(path, line, symbol, DataIssueKind.Unparseable,
                $"'{System.Text.Encoding.UTF8.GetString(trimmed)}' is not a number (leave the cell blank for a missing value)"));
            return double.NaN;
        }

        if (!(value > 0) || double.IsInfinity(value))
        {
            onIssue(DataIssue.Create(path, line, symbol, DataIssueKind.NonPositivePrice,
                $"{BarRowParser.Show(value)} is not a positive finite price (blank means missing, never zero)"));
            return double.NaN;
        }

        return value;
    }
}
