using System.Globalization;
using Bastion.Analytics.Series;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Metrics;

/// <summary>
/// Reads a CSV of dated series: the first column is the date (ISO 8601, UTC when no offset), every other column a
/// series. Empty cells are missing values. Errors name the file, line and column.
/// </summary>
internal static class SeriesFile
{
    public static IReadOnlyList<ReturnSeries> Read(string path, string option, string? column, bool prices)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{option} {path}: file not found");
        }

        string[]? header = null;
        var dates = new List<DateTimeOffset>();
        var columns = new List<List<double>>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            string[] f = [.. text.Split(',').Select(x => x.Trim())];
            if (header is null)
            {
                header = f;
                if (header.Length < 2)
                {
                    throw new CliUsageException($"{path} line {line}: needs a date column and at least one value column");
                }

                columns.AddRange(header.Skip(1).Select(_ => new List<double>()));
                continue;
            }

            if (f.Length != header.Length)
            {
                throw new CliUsageException($"{path} line {line}: {f.Length} fields, header has {header.Length}");
            }

            if (!DateTimeOffset.TryParse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset d))
            {
                throw new CliUsageException($"{path} line {line}, column '{header[0]}': '{f[0]}' is not a date");
            }

            if (dates.Count > 0 && d <= dates[^1])
            {
                throw new CliUsageException($"{path} line {line}, column '{header[0]}': dates must be strictly increasing");
            }

            dates.Add(d);
            for (int c = 1; c < f.Length; c++)
            {
                double v = double.NaN;
                if (f[c].Length > 0 && !(double.TryParse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v)))
                {
                    throw new CliUsageException($"{path} line {line}, column '{header[c]}': '{f[c]}' is not a number");
                }

                if (prices && f[c].Length > 0 && v <= 0)
                {
                    throw new CliUsageException($"{path} line {line}, column '{header[c]}': price {f[c]} must be positive");
                }

                columns[c - 1].Add(v);
            }
        }

        if (header is null)
        {
            throw new CliUsageException($"{path}: empty file");
        }

        var result = new List<ReturnSeries>();
        for (int c = 1; c < header.Length; c++)
        {
            if (column is not null && header[c] != column)
            {
                continue;
            }

            result.Add(prices ? FromPrices(header[c], dates, columns[c - 1]) : ReturnSeries.Create(header[c], dates, columns[c - 1]));
        }

        if (result.Count == 0)
        {
            throw new CliUsageException($"{path}: no column '{column}' (columns: {string.Join(", ", header.Skip(1))})");
        }

        return result;
    }

    /// <summary>Prices to returns, skipping missing prices (a return spans from the previous available price).</summary>
    private static ReturnSeries FromPrices(string name, List<DateTimeOffset> dates, List<double> prices)
    {
        var t = new List<DateTimeOffset>();
        var p = new List<double>();
        for (int i = 0; i < prices.Count; i++)
        {
            if (!double.IsNaN(prices[i]))
            {
                t.Add(dates[i]);
                p.Add(prices[i]);
            }
        }

        return ReturnSeries.FromEquity(name, t, p);
    }
}
