namespace Bastion.Numerics.Optimization;

/// <summary>
/// A second-order cone constraint ‖F x + g‖₂ ≤ dᵀx + e (volatility caps, tracking-error limits, robust returns).
/// Immutable; the arrays are copied. Its dual is a vector u = (u₀, u₁) with ‖u₁‖ ≤ u₀ that enters stationarity as
/// −(u₀ d + Fᵀu₁).
/// </summary>
public sealed class SecondOrderCone
{
    private SecondOrderCone(int rows, int columns, double[] f, double[] g, double[] d, double e)
    {
        Rows = rows;
        Columns = columns;
        FRowMajor = f;
        G = g;
        D = d;
        E = e;
    }

    /// <summary>Rows of F (the cone has dimension Rows + 1).</summary>
    public int Rows { get; }

    /// <summary>Columns of F, which must equal the problem's variable count.</summary>
    public int Columns { get; }

    internal double[] FRowMajor { get; }

    internal double[] G { get; }

    internal double[] D { get; }

    internal double E { get; }

    /// <summary>Creates ‖F x + g‖₂ ≤ dᵀx + e.</summary>
    /// <param name="f">Matrix F, rows × n.</param>
    /// <param name="g">Offset g, length rows.</param>
    /// <param name="d">Vector d, length n.</param>
    /// <param name="e">Scalar e.</param>
    /// <exception cref="ArgumentException">Shapes disagree, F is empty, or an entry is NaN or infinite.</exception>
    public static SecondOrderCone Create(double[,] f, double[] g, double[] d, double e)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(d);
        int rows = f.GetLength(0);
        int columns = f.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException("F must have at least one row and one column.", nameof(f));
        }

        if (g.Length != rows)
        {
            throw new ArgumentException($"g has length {g.Length} but F has {rows} rows.", nameof(g));
        }

        if (d.Length != columns)
        {
            throw new ArgumentException($"d has length {d.Length} but F has {columns} columns.", nameof(d));
        }

        if (!double.IsFinite(e))
        {
            throw new ArgumentException("e must be finite.", nameof(e));
        }

        double[] flat = ProblemGuards.Flatten(f, nameof(f));
        ProblemGuards.RequireFinite(g, nameof(g));
        ProblemGuards.RequireFinite(d, nameof(d));
        return new SecondOrderCone(rows, columns, flat, (double[])g.Clone(), (double[])d.Clone(), e);
    }
}
