namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Simple returns of several assets, one row per period (oldest first), one column per asset; NaN where an asset has
/// no return that period (only under <see cref="MissingPolicy.Pairwise"/>). Immutable.
/// </summary>
public sealed class ReturnPanel
{
    private readonly double[,] _returns;

    private ReturnPanel(double[,] returns, IReadOnlyList<string> symbols, bool hasMissing)
    {
        _returns = returns;
        Symbols = symbols;
        HasMissing = hasMissing;
    }

    /// <summary>Asset names, one per column.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>Number of periods (rows).</summary>
    public int Periods => _returns.GetLength(0);

    /// <summary>Number of assets (columns).</summary>
    public int Assets => _returns.GetLength(1);

    /// <summary>True when some cells are NaN (pairwise statistics apply).</summary>
    public bool HasMissing { get; }

    /// <summary>The return of asset <paramref name="asset"/> in period <paramref name="period"/> (NaN when missing).</summary>
    public double this[int period, int asset] => _returns[period, asset];

    /// <summary>A copy of the returns, rows = periods.</summary>
    public double[,] ToArray() => (double[,])_returns.Clone();

    /// <summary>
    /// Builds returns rᵗ = pᵗ / pᵗ⁻¹ − 1 from prices (rows = dates, oldest first; NaN = missing), applying <paramref name="policy"/>.
    /// A return is missing when either price is; rows where every return is missing are dropped (as PyPortfolioOpt does).
    /// </summary>
    /// <exception cref="ArgumentException">Shapes disagree, a price is non-positive or infinite, fewer than two usable dates,
    /// or a missing price under <see cref="MissingPolicy.Fail"/> (the message names the row and symbol).</exception>
    public static ReturnPanel FromPrices(double[,] prices, IReadOnlyList<string> symbols, MissingPolicy policy = MissingPolicy.Fail)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(symbols);
        int t = prices.GetLength(0), n = prices.GetLength(1);
        if (symbols.Count != n || n == 0)
        {
            throw new ArgumentException($"{symbols.Count} symbols for {n} price columns", nameof(symbols));
        }

        for (int r = 0; r < t; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double p = prices[r, c];
                if (double.IsNaN(p))
                {
                    if (policy == MissingPolicy.Fail)
                    {
                        throw new ArgumentException($"row {r + 1}: price of {symbols[c]} is missing (choose a missing-data policy: drop, ffill or pairwise)", nameof(prices));
                    }
                }
                else if (!(p > 0) || double.IsInfinity(p))
                {
                    throw new ArgumentException($"row {r + 1}: price of {symbols[c]} is {p}; prices must be positive and finite", nameof(prices));
                }
            }
        }

        double[,] working = policy switch
        {
            MissingPolicy.Drop => KeepRows(prices, r => RowComplete(prices, r)),
            MissingPolicy.ForwardFill => ForwardFill(prices),
            _ => prices,
        };

        int rows = working.GetLength(0);
        var returns = new List<double[]>(Math.Max(rows - 1, 0));
        bool hasMissing = false;
        for (int r = 1; r < rows; r++)
        {
            var row = new double[n];
            bool any = false;
            for (int c = 0; c < n; c++)
            {
                row[c] = (working[r, c] / working[r - 1, c]) - 1.0;
                if (double.IsNaN(row[c]))
                {
                    hasMissing = true;
                }
                else
                {
                    any = true;
                }
            }

            if (any)
            {
                returns.Add(row);
            }
        }

        if (returns.Count < 2)
        {
            throw new ArgumentException($"only {returns.Count} return period(s) after handling missing prices; at least 2 are needed", nameof(prices));
        }

        return new ReturnPanel(ToMatrix(returns, n), [.. symbols], hasMissing);
    }

    /// <summary>Wraps returns already computed (rows = periods). NaN marks a missing return; ±∞ is an error.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, an infinite value, or fewer than two periods.</exception>
    public static ReturnPanel FromReturns(double[,] returns, IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(symbols);
        int t = returns.GetLength(0), n = returns.GetLength(1);
        if (symbols.Count != n || n == 0)
        {
            throw new ArgumentException($"{symbols.Count} symbols for {n} return columns", nameof(symbols));
        }

        if (t < 2)
        {
            throw new ArgumentException($"at least 2 return periods are needed, got {t}", nameof(returns));
        }

        bool hasMissing = false;
        foreach (double v in returns)
        {
            if (double.IsInfinity(v))
            {
                throw new ArgumentException("returns must be finite (NaN marks a missing value)", nameof(returns));
            }

            hasMissing |= double.IsNaN(v);
        }

        return new ReturnPanel((double[,])returns.Clone(), [.. symbols], hasMissing);
    }

    /// <summary>
    /// Column-major copy of the returns with each column's mean removed and missing cells set to 0
    /// (how PyPortfolioOpt feeds scikit-learn's shrinkage estimators), plus the column means.
    /// </summary>
    internal double[][] CenteredColumns(out double[] means)
    {
        int t = Periods, n = Assets;
        var columns = new double[n][];
        means = new double[n];
        for (int c = 0; c < n; c++)
        {
            var col = new double[t];
            double sum = 0;
            for (int r = 0; r < t; r++)
            {
                double v = _returns[r, c];
                col[r] = double.IsNaN(v) ? 0.0 : v;
                sum += col[r];
            }

            double mean = sum / t;
            means[c] = mean;
            for (int r = 0; r < t; r++)
            {
                col[r] -= mean;
            }

            columns[c] = col;
        }

        return columns;
    }

    private static bool RowComplete(double[,] prices, int r)
    {
        for (int c = 0; c < prices.GetLength(1); c++)
        {
            if (double.IsNaN(prices[r, c]))
            {
                return false;
            }
        }

        return true;
    }

    private static double[,] KeepRows(double[,] prices, Func<int, bool> keep)
    {
        var rows = new List<double[]>();
        int n = prices.GetLength(1);
        for (int r = 0; r < prices.GetLength(0); r++)
        {
            if (keep(r))
            {
                var row = new double[n];
                for (int c = 0; c < n; c++)
                {
                    row[c] = prices[r, c];
                }

                rows.Add(row);
            }
        }

        return ToMatrix(rows, n);
    }

    private static double[,] ForwardFill(double[,] prices)
    {
        var filled = (double[,])prices.Clone();
        for (int c = 0; c < filled.GetLength(1); c++)
        {
            for (int r = 1; r < filled.GetLength(0); r++)
            {
                if (double.IsNaN(filled[r, c]))
                {
                    filled[r, c] = filled[r - 1, c];
                }
            }
        }

        return KeepRows(filled, r => RowComplete(filled, r));
    }

    private static double[,] ToMatrix(List<double[]> rows, int n)
    {
        var m = new double[rows.Count, n];
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < n; c++)
            {
                m[r, c] = rows[r][c];
            }
        }

        return m;
    }
}
