namespace Bastion.Numerics.Optimization.Kernels;

/// <summary>
/// Cholesky factor L of a principal submatrix P_FF of a fixed symmetric matrix P, kept up to date as indices join
/// (one forward solve, O(k²)) or leave F (Givens rotations on the trailing block, O(k²)). Row-major with stride n;
/// the order of <see cref="Index"/> is the order of L's rows.
/// </summary>
internal sealed class UpdatableCholesky
{
    private readonly double[] _p;
    private readonly int _n;
    private readonly double[] _l;
    private readonly int[] _index;
    private readonly double[] _work;
    private readonly double[] _rotationSines;

    public UpdatableCholesky(double[] p, int n)
    {
        _p = p;
        _n = n;
        _l = new double[n * n];
        _index = new int[n];
        _work = new double[n];
        _rotationSines = new double[n];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Index => _index.AsSpan(0, Count);

    public ReadOnlySpan<double> Factor => _l;

    public int Stride => _n;

    public void Clear() => Count = 0;

    /// <summary>
    /// Replaces the factor by a fresh one of P_FF for F = <paramref name="index"/> (in that order) with the tiled
    /// kernel, O(k³/3) at near-FMA throughput instead of k appends; false (factor cleared) when P_FF is not safely
    /// positive definite.
    /// </summary>
    public bool TryFactor(ReadOnlySpan<int> index)
    {
        int k = index.Length;
        int n = _n;
        for (int t = 0; t < k; t++)
        {
            int i = index[t];
            _index[t] = i;
            ReadOnlySpan<double> pRow = _p.AsSpan(i * n, n);
            Span<double> row = _l.AsSpan(t * n, t + 1);
            for (int u = 0; u <= t; u++)
            {
                row[u] = pRow[index[u]];
            }
        }

        if (!TiledCholesky.TryFactor(_l, n, k, 1e-12))
        {
            Count = 0;
            return false;
        }

        Count = k;
        return true;
    }

    /// <summary>Adds index j as the last row; false (and no change) when the new pivot is not safely positive.</summary>
    public bool TryAppend(int j)
    {
        int k = Count;
        Span<double> row = _l.AsSpan(k * _n, k + 1);
        ReadOnlySpan<double> pRow = _p.AsSpan(j * _n, _n);
        for (int t = 0; t < k; t++)
        {
            row[t] = pRow[_index[t]];
        }

        DenseCholesky.ForwardSolve(_l, _n, k, row);
        double pjj = pRow[j];
        double d = pjj - DenseKernels.Dot(row[..k], row[..k]);
        if (!(d > 1e-12 * Math.Max(pjj, 1e-300)))
        {
            return false;
        }

        row[k] = Math.Sqrt(d);
        _index[k] = j;
        Count = k + 1;
        return true;
    }

    /// <summary>Removes the row at <paramref name="position"/> and restores triangularity with Givens rotations.</summary>
    public void RemoveAt(int position)
    {
        int k = Count;
        int n = _n;
        for (int r = position + 1; r < k; r++)
        {
            _l.AsSpan(r * n, r + 1).CopyTo(_l.AsSpan((r - 1) * n, r + 1));
            _index[r - 1] = _index[r];
        }

        // Rows position..k−2 now carry one entry right of the diagonal; Givens rotations on columns (j, j+1)
        // remove it. Rotations are applied row by row (each row is contiguous), rotation t being defined by row t
        // after rotations position..t−1 have been applied to it: same flops as column sweeps, no strided access.
        Span<double> cs = _work.AsSpan(0, k);
        Span<double> sn = _rotationSines.AsSpan(0, k);
        for (int t = position; t < k - 1; t++)
        {
            Span<double> row = _l.AsSpan(t * n, t + 2);
            for (int j = position; j < t; j++)
            {
                double u = row[j];
                double v = row[j + 1];
                row[j] = (cs[j] * u) + (sn[j] * v);
                row[j + 1] = (-sn[j] * u) + (cs[j] * v);
            }

            double a = row[t];
            double b = row[t + 1];
            double r = Math.Sqrt((a * a) + (b * b));
            cs[t] = a / r;
            sn[t] = b / r;
            row[t] = r;
            row[t + 1] = 0;
        }

        Count = k - 1;
    }

    /// <summary>Solves P_FF x = b in place for the current factor.</summary>
    public void Solve(Span<double> b)
    {
        DenseCholesky.ForwardSolve(_l, _n, Count, b);
        DenseCholesky.BackSolve(_l, _n, Count, b);
    }

    /// <summary>Forward solve L x = b in place.</summary>
    public void Forward(Span<double> b) => DenseCholesky.ForwardSolve(_l, _n, Count, b);

    /// <summary>Back solve Lᵀ x = b in place.</summary>
    public void Backward(Span<double> b) => DenseCholesky.BackSolve(_l, _n, Count, b);
}
