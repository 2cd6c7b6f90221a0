using System.Globalization;

namespace Bastion.Analytics.Attribution;

/// <summary>
/// Reads a wide CSV of dated returns into a <see cref="ReturnPanel"/>: factor files in Ken French's layout
/// (<c>Date,Mkt-RF,SMB,HML[,RMW,CMA][,Mom],RF</c>) or style-index files (<c>date,&lt;style&gt;,…</c>).
/// The header is the first line with a comma (so Ken French's description lines above it are skipped); its first
/// field may be empty. Dates are <c>yyyyMMdd</c> (Ken French daily), <c>yyyyMM</c> (monthly; read as the last
/// calendar day of the month) or ISO 8601. The data end at the first blank line after them (Ken French's annual
/// section follows one). Lines starting with <c>#</c> are comments.
/// </summary>
public static class ReturnPanelFile
{
    /// <summary>Reads <paramref name="path"/>; with <paramref name="percent"/> every value is divided by 100.</summary>
    /// <exception cref="InvalidDataException">No header, a bad date or number, dates not increasing; naming the file, line and column.</exception>
    public static ReturnPanel Read(string path, bool percent)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: file not found");
        }

        string[]? header = null;
        var dates = new List<DateTimeOffset>();
        var rows = new List<double[]>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 && rows.Count > 0)
            {
                break;
            }

            if (text.Length == 0 || text.StartsWith('#') || (header is null && !text.Contains(',', StringComparison.Ordinal)))
            {
                continue;
            }

            string[] f = [.. text.Split(',').Select(x => x.Trim())];
            if (header is null)
            {
                if (f.Length < 2)
                {
                    throw new InvalidDataException($"{path} line {line}: needs a date column and at least one return column");
                }

                header = f;
                continue;
            }

            if (f.Length != header.Length)
            {
                throw new InvalidDataException($"{path} line {line}: {f.Length} fields, header has {header.Length}");
            }

            string dateColumn = header[0].Length == 0 ? "date" : header[0];
            DateTimeOffset d = ParseDate(f[0]) ?? throw new InvalidDataException($"{path} line {line}, column '{dateColumn}': '{f[0]}' is not a date (yyyyMMdd, yyyyMM or ISO 8601)");
            if (dates.Count > 0 && d <= dates[^1])
            {
                throw new InvalidDataException($"{path} line {line}, column '{dateColumn}': dates must be strictly increasing");
            }

            var values = new double[f.Length - 1];
            for (int c = 1; c < f.Length; c++)
            {
                if (!double.TryParse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                {
                    throw new InvalidDataException($"{path} line {line}, column '{header[c]}': '{f[c]}' is not a number (blank cells are not allowed here)");
                }

                values[c - 1] = percent ? v / 100.0 : v;
            }

            dates.Add(d);
            rows.Add(values);
        }

        if (header is null || rows.Count == 0)
        {
            throw new InvalidDataException($"{path}: no header and data lines found");
        }

        var matrix = new double[rows.Count, header.Length - 1];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < header.Length - 1; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        string[] names = header[1..];
        string? duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        return duplicate is null
            ? ReturnPanel.Create(names, dates, matrix)
            : throw new InvalidDataException($"{path}: column '{duplicate}' appears twice in the header");
    }

    private static DateTimeOffset? ParseDate(string s)
    {
        if (s.Length == 8 && DateTime.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }

        if (s.Length == 6 && DateTime.TryParseExact(s, "yyyyMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime month))
        {
            return new DateTimeOffset(month.AddMonths(1).AddDays(-1), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t)
            ? t
            : null;
    }
}
