namespace Bastion.Data.Csv;

/// <summary>
/// Close prices as dates × symbols, stored by column. Missing values (blank cells) are <see cref="double.NaN"/>,
/// never zero. Immutable after construction; safe to share between threads.
/// </summary>
public sealed class PriceMatrix
{
    private readonly double[][] _columns;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a matrix from dates and one array of prices per symbol (each as long as <paramref name="dates"/>).</summary>
    /// <exception cref="ArgumentException">Lengths differ, or a symbol repeats.</exception>
    public PriceMatrix(IReadOnlyList<DateOnly> dates, IReadOnlyList<string> symbols, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(columns);
        if (symbols.Count != columns.Count)
        {
            throw new ArgumentException($"{symbols.Count} symbols but {columns.Count} columns", nameof(columns));
        }

        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < symbols.Count; j++)
        {
            if (columns[j].Length != dates.Count)
            {
                throw new ArgumentException($"column {symbols[j]} has {columns[j].Length} values for {dates.Count} dates", nameof(columns));
            }

            if (!_index.TryAdd(symbols[j], j))
            {
                throw new ArgumentException($"symbol {symbols[j]} appears twice", nameof(symbols));
            }
        }

        Dates = [.. dates];
        Symbols = [.. symbols];
        _columns = [.. columns];
    }

    /// <summary>The row dates, ascending.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>The column symbols, in file order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>Number of dates (rows).</summary>
    public int RowCount => Dates.Count;

    /// <summary>Number of symbols (columns).</summary>
    public int ColumnCount => Symbols.Count;

    /// <summary>The price in column <paramref name="column"/> on row <paramref name="row"/>; NaN when missing.</summary>
    public double this[int row, int column] => _columns[column][row];

    /// <summary>One symbol's prices over all dates (NaN where missing).</summary>
    public ReadOnlySpan<double> Column(int column) => _columns[column];

    /// <summary>One symbol's prices over all dates (NaN where missing), by symbol (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not a column.</exception>
    public ReadOnlySpan<double> Column(string symbol)
        => _index.TryGetValue(symbol, out int j) ? _columns[j] : throw new KeyNotFoundException($"no column '{symbol}'");

    /// <summary>The column index of <paramref name="symbol"/>, or −1.</summary>
    public int IndexOf(string symbol) => _index.TryGetValue(symbol, out int j) ? j : -1;

    /// <summary>Copies the matrix into a new row-major array [row, column].</summary>
    public double[,] ToArray()
    {
        double[,] result = new double[RowCount, ColumnCount];
        for (int j = 0; j < ColumnCount; j++)
        {
            for (int i = 0; i < RowCount; i++)
            {
                result[i, j] = _columns[j][i];
            }
        }

        return result;
    }
}
