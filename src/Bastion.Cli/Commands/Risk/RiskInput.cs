using System.Globalization;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Risk;

/// <summary>
/// Reads the wide CSV files of DESIGN.md §4 (first column a date, header of column names) for the risk commands.
/// Rows with a blank cell in a used column are skipped (blank = missing); anything else that is not a finite number is an
/// error naming file, line and column.
/// </summary>
internal static class RiskInput
{
    /// <summary>One column of returns (simple fractions). Without <paramref name="column"/> the file must have exactly one value column.</summary>
    public static (string Column, double[] Values) ReadReturns(string file, string? column)
    {
        (string[] header, List<(int Line, string[] Cells)> rows) = Read(file);
        int index = ColumnIndex(file, header, column, "--column");
        var values = new List<double>(rows.Count);
        foreach ((int line, string[] cells) in rows)
        {
            if (TryCell(file, line, header, cells, index, out double v))
            {
                values.Add(v);
            }
        }

        return (header[index], values.ToArray());
    }

    /// <summary>
    /// Simple returns of the columns named in the weights file, as a row-major (dates × assets) matrix, and the weights in
    /// the same order. Rows with any blank among those columns are skipped.
    /// </summary>
    public static (string[] Assets, double[] Weights, double[] Returns, int Rows) ReadPortfolio(string pricesFile, string weightsFile)
    {
        (string[] assets, double[] weights, double[] returns, int rows, _) = ReadPortfolio(pricesFile, weightsFile, null);
        return (assets, weights, returns, rows);
    }

    /// <summary>As above, plus the returns of <paramref name="marketColumn"/> on the same rows (empty when null).</summary>
    public static (string[] Assets, double[] Weights, double[] Returns, int Rows, double[] Market) ReadPortfolio(string pricesFile, string weightsFile, string? marketColumn)
    {
        (string[] assets, double[] weights, double[] returns, int rows, double[] market, _) = ReadPortfolioDated(pricesFile, weightsFile, marketColumn);
        return (assets, weights, returns, rows, market);
    }

    /// <summary>As above, plus the date cell of each return row (the date of the later price).</summary>
    public static (string[] Assets, double[] Weights, double[] Returns, int Rows, double[] Market, string[] Dates) ReadPortfolioDated(string pricesFile, string weightsFile, string? marketColumn)
    {
        (string[] weighted, double[] weights) = ReadWeights(weightsFile);
        (string[] header, List<(int Line, string[] Cells)> rows) = Read(pricesFile);
        string[] assets = marketColumn is null ? weighted : [.. weighted, marketColumn];
        var indexes = new int[assets.Length];
        for (int i = 0; i < assets.Length; i++)
        {
            indexes[i] = Array.FindIndex(header, 1, h => string.Equals(h, assets[i], StringComparison.Ordinal));
            if (indexes[i] < 0)
            {
                throw new CliUsageException(i < weighted.Length
                    ? $"{weightsFile}: weight for '{assets[i]}' but {pricesFile} has no such column (columns: {string.Join(", ", header.Skip(1))})"
                    : $"--market '{assets[i]}': no such column in {pricesFile} ({string.Join(", ", header.Skip(1))})");
            }
        }

        var prices = new List<double[]>();
        var dates = new List<string>();
        foreach ((int line, string[] cells) in rows)
        {
            var row = new double[assets.Length];
            bool complete = true;
            for (int i = 0; i < assets.Length && complete; i++)
            {
                complete = TryCell(pricesFile, line, header, cells, indexes[i], out row[i]);
                if (complete && !(row[i] > 0.0))
                {
                    throw new CliUsageException($"{pricesFile}:{line}: column '{header[indexes[i]]}': price {row[i]} is not positive");
                }
            }

            if (complete)
            {
                prices.Add(row);
                dates.Add(cells[0].Trim().Trim('"'));
            }
        }

        if (prices.Count < 3)
        {
            throw new CliUsageException($"{pricesFile}: {prices.Count} complete rows for the weighted assets; need at least 3");
        }

        int n = weighted.Length, t = prices.Count - 1;
        var returns = new double[t * n];
        var market = new double[marketColumn is null ? 0 : t];
        for (int r = 0; r < t; r++)
        {
            for (int i = 0; i < n; i++)
            {
                returns[(r * n) + i] = (prices[r + 1][i] / prices[r][i]) - 1.0;
            }

            if (marketColumn is not null)
            {
                market[r] = (prices[r + 1][n] / prices[r][n]) - 1.0;
            }
        }

        return (weighted, weights, returns, t, market, dates.Skip(1).ToArray());
    }

    /// <summary>
    /// Factor returns (wide CSV: date, one column per factor) on exactly <paramref name="dates"/>, row-major dates × factors.
    /// Every date must have a row with every factor filled; extra rows are ignored.
    /// </summary>
    public static (string[] Factors, double[] Returns) ReadFactors(string file, string[] dates)
    {
        (string[] header, List<(int Line, string[] Cells)> rows) = Read(file);
        int k = header.Length - 1;
        var byDate = new Dictionary<string, (int Line, string[] Cells)>(StringComparer.Ordinal);
        foreach ((int line, string[] cells) in rows)
        {
            string date = cells[0].Trim().Trim('"');
            if (!byDate.TryAdd(date, (line, cells)))
            {
                throw new CliUsageException($"{file}:{line}: date {date} appears twice");
            }
        }

        var values = new double[dates.Length * k];
        for (int t = 0; t < dates.Length; t++)
        {
            if (!byDate.TryGetValue(dates[t], out (int Line, string[] Cells) row))
            {
                throw new CliUsageException($"{file}: no row for {dates[t]}, a date of the portfolio returns");
            }

            for (int j = 0; j < k; j++)
            {
                if (!TryCell(file, row.Line, header, row.Cells, j + 1, out values[(t * k) + j]))
                {
                    throw new CliUsageException($"{file}:{row.Line}: column '{header[j + 1]}': blank, but the portfolio has a return on {dates[t]}");
                }
            }
        }

        return (header[1..], values);
    }

    /// <summary>
    /// A T × n panel of returns of <paramref name="columns"/> (all value columns when null), from a returns file or, with
    /// <paramref name="prices"/>, simple returns between consecutive complete rows of a prices file. Rows with a blank cell
    /// among those columns are skipped.
    /// </summary>
    public static (string[] Columns, double[,] Returns) ReadPanel(string file, string option, IReadOnlyList<string>? columns, bool prices)
    {
        (string[] header, List<(int Line, string[] Cells)> rows) = Read(file);
        string[] names = columns is null ? header[1..] : [.. columns];
        int[] indexes = names.Select(c => ColumnIndex(file, header, c, "--columns")).ToArray();
        if (indexes.Distinct().Count() != indexes.Length)
        {
            throw new CliUsageException($"--columns: a column is listed twice ({string.Join(",", names)})");
        }

        var complete = new List<double[]>();
        foreach ((int line, string[] cells) in rows)
        {
            var row = new double[names.Length];
            bool full = true;
            for (int i = 0; i < names.Length && full; i++)
            {
                full = TryCell(file, line, header, cells, indexes[i], out row[i]);
                if (full && prices && !(row[i] > 0.0))
                {
                    throw new CliUsageException($"{file}:{line}: column '{names[i]}': price {row[i]} is not positive");
                }
            }

            if (full)
            {
                complete.Add(row);
            }
        }

        int count = prices ? complete.Count - 1 : complete.Count;
        if (count < 2)
        {
            throw new CliUsageException($"{option} {file}: {Math.Max(count, 0)} complete returns for columns {string.Join(",", names)}; need at least 2");
        }

        var panel = new double[count, names.Length];
        for (int t = 0; t < count; t++)
        {
            for (int i = 0; i < names.Length; i++)
            {
                panel[t, i] = prices ? (complete[t + 1][i] / complete[t][i]) - 1.0 : complete[t][i];
            }
        }

        return (names, panel);
    }

    /// <summary>A weights file: lines <c>symbol,weight</c> (fractions of portfolio value, shorts negative), optional header.</summary>
    public static (string[] Assets, double[] Weights) ReadWeights(string file)
    {
        string[] lines = ReadLines(file);
        var assets = new List<string>();
        var weights = new List<double>();
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            string[] cells = text.Split(',');
            if (cells.Length != 2)
            {
                throw new CliUsageException($"{file}:{i + 1}: expected 'symbol,weight', got '{text}'");
            }

            if (!double.TryParse(cells[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                if (assets.Count == 0 && i == FirstNonBlank(lines))
                {
                    continue; // header
                }

                throw new CliUsageException($"{file}:{i + 1}: weight '{cells[1].Trim()}' is not a number");
            }

            if (!double.IsFinite(w))
            {
                throw new CliUsageException($"{file}:{i + 1}: weight {cells[1].Trim()} is not finite");
            }

            string symbol = cells[0].Trim();
            if (assets.Contains(symbol, StringComparer.Ordinal))
            {
                throw new CliUsageException($"{file}:{i + 1}: '{symbol}' is listed twice");
            }

            assets.Add(symbol);
            weights.Add(w);
        }

        if (assets.Count == 0)
        {
            throw new CliUsageException($"{file}: no weights");
        }

        return (assets.ToArray(), weights.ToArray());
    }

    /// <summary>A two-column text file (<c>key,value</c> per line, optional header equal to <paramref name="header"/>).</summary>
    public static (string[] Keys, string[] Values) ReadPairs(string file, string header)
    {
        string[] lines = ReadLines(file);
        var keys = new List<string>();
        var values = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].Trim();
            if (text.Length == 0 || (keys.Count == 0 && string.Equals(text, header, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            string[] cells = text.Split(',');
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new CliUsageException($"{file}:{i + 1}: expected '{header}', got '{text}'");
            }

            keys.Add(cells[0].Trim());
            values.Add(cells[1].Trim());
        }

        return (keys.ToArray(), values.ToArray());
    }

    /// <summary>A hit file: one 0/1 (or true/false) per line; a non-numeric first line is a header.</summary>
    public static bool[] ReadHits(string file)
    {
        string[] lines = ReadLines(file);
        var hits = new List<bool>();
        int first = FirstNonBlank(lines);
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            string cell = text.Split(',')[^1].Trim();
            bool? hit = cell switch
            {
                "1" or "true" or "True" or "TRUE" => true,
                "0" or "false" or "False" or "FALSE" => false,
                _ => null,
            };
            if (hit is null)
            {
                if (i == first)
                {
                    continue;
                }

                throw new CliUsageException($"{file}:{i + 1}: hit '{cell}' is not 0/1 or true/false");
            }

            hits.Add(hit.Value);
        }

        return hits.ToArray();
    }

    private static (string[] Header, List<(int Line, string[] Cells)> Rows) Read(string file)
    {
        string[] lines = ReadLines(file);
        int first = FirstNonBlank(lines);
        if (first < 0)
        {
            throw new CliUsageException($"{file}: empty file");
        }

        string[] header = lines[first].Split(',').Select(h => h.Trim().Trim('"')).ToArray();
        if (header.Length < 2)
        {
            throw new CliUsageException($"{file}:{first + 1}: header needs a date column and at least one value column");
        }

        var rows = new List<(int, string[])>();
        for (int i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                rows.Add((i + 1, lines[i].Split(',')));
            }
        }

        return (header, rows);
    }

    private static int ColumnIndex(string file, string[] header, string? column, string option)
    {
        if (column is null)
        {
            if (header.Length != 2)
            {
                throw new CliUsageException($"{file}: {header.Length - 1} value columns; choose one with {option} ({string.Join(", ", header.Skip(1))})");
            }

            return 1;
        }

        int index = Array.FindIndex(header, 1, h => string.Equals(h, column, StringComparison.Ordinal));
        return index >= 0 ? index : throw new CliUsageException($"{option} '{column}': no such column in {file} ({string.Join(", ", header.Skip(1))})");
    }

    private static bool TryCell(string file, int line, string[] header, string[] cells, int index, out double value)
    {
        value = 0.0;
        string text = index < cells.Length ? cells[index].Trim().Trim('"') : string.Empty;
        if (text.Length == 0)
        {
            return false;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            throw new CliUsageException($"{file}:{line}: column '{header[index]}': '{text}' is not a finite number");
        }

        return true;
    }

    private static string[] ReadLines(string file)
    {
        try
        {
            return File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{file}: cannot read: {ex.Message}", ex);
        }
    }

    private static int FirstNonBlank(string[] lines) => Array.FindIndex(lines, l => l.Trim().Length > 0);
}
