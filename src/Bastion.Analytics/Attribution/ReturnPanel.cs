namespace Bastion.Analytics.Attribution;

/// <summary>
/// Several named return series on common dates (factor returns, style-index returns), as simple fractions. Immutable.
/// </summary>
public sealed class ReturnPanel
{
    private readonly DateTimeOffset[] _dates;
    private readonly double[,] _values;

    private ReturnPanel(IReadOnlyList<string> names, DateTimeOffset[] dates, double[,] values)
    {
        Names = names;
        _dates = dates;
        _values = values;
    }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Period-end dates, strictly increasing.</summary>
    public IReadOnlyList<DateTimeOffset> Dates => _dates;

    /// <summary>Number of dates.</summary>
    public int Count => _dates.Length;

    /// <summary>The return of column <paramref name="column"/> on date index <paramref name="row"/>.</summary>
    public double this[int row, int column] => _values[row, column];

    /// <summary>Creates a panel; <paramref name="values"/> is rows = dates, columns = names (copied).</summary>
    /// <exception cref="ArgumentException">Empty, mismatched sizes, duplicate names, dates not increasing, or non-finite values.</exception>
    public static ReturnPanel Create(IReadOnlyList<string> names, IReadOnlyList<DateTimeOffset> dates, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Count == 0 || dates.Count == 0)
        {
            throw new ArgumentException("a return panel needs at least one column and one date", nameof(values));
        }

        if (values.GetLength(0) != dates.Count || values.GetLength(1) != names.Count)
        {
            throw new ArgumentException($"values are {values.GetLength(0)} × {values.GetLength(1)}, expected {dates.Count} dates × {names.Count} columns", nameof(values));
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("column names must be unique", nameof(names));
        }

        for (int i = 0; i < dates.Count; i++)
        {
            if (i > 0 && dates[i] <= dates[i - 1])
            {
                throw new ArgumentException($"dates must be strictly increasing ({dates[i]:yyyy-MM-dd})", nameof(dates));
            }

            for (int j = 0; j < names.Count; j++)
            {
                if (!double.IsFinite(values[i, j]))
                {
                    throw new ArgumentException($"column '{names[j]}' on {dates[i]:yyyy-MM-dd} is not finite", nameof(values));
                }
            }
        }

        return new ReturnPanel([.. names], [.. dates], (double[,])values.Clone());
    }

    /// <summary>Index of column <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name)
    {
        for (int j = 0; j < Names.Count; j++)
        {
            if (Names[j] == name)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The largest |value| in the panel: above 1 (100% per period) usually means the file is in percent.</summary>
    public double LargestMagnitude()
    {
        double max = 0.0;
        foreach (double v in _values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    internal DateTimeOffset[] DateArray => _dates;
}
