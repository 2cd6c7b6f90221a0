namespace Bastion.Numerics.LinearAlgebra;

/// <summary>
/// Cholesky factorization A = L Lᵀ of a symmetric positive definite matrix (only the lower triangle of A is read).
/// Immutable once built; <see cref="Solve"/> is thread-safe.
/// </summary>
public sealed class Cholesky
{
    private readonly double[,] _l;

    private Cholesky(double[,] l) => _l = l;

    /// <summary>Order of the matrix.</summary>
    public int Order => _l.GetLength(0);

    /// <summary>A copy of the lower-triangular factor L.</summary>
    public double[,] LowerFactor => (double[,])_l.Clone();

    /// <summary>Factors <paramref name="matrix"/>.</summary>
    /// <exception cref="ArgumentException">Not square, not finite, or empty.</exception>
    /// <exception cref="MatrixNotPositiveDefiniteException">Not positive definite; names the failing pivot.</exception>
    public static Cholesky Factor(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        if (n == 0 || matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"matrix must be square and non-empty, got {n}×{matrix.GetLength(1)}", nameof(matrix));
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                if (!double.IsFinite(matrix[i, j]))
                {
                    throw new ArgumentException($"element [{i},{j}] is {matrix[i, j]}; all entries must be finite", nameof(matrix));
                }
            }
        }

        var l = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double d = matrix[j, j];
            for (int k = 0; k < j; k++)
            {
                d -= l[j, k] * l[j, k];
            }

            if (!(d > 0.0) || !double.IsFinite(d))
            {
                throw new MatrixNotPositiveDefiniteException(
                    $"matrix is not positive definite: pivot {j} is {d:G6} (a covariance or correlation matrix must have no zero-variance or perfectly dependent columns)",
                    nameof(matrix),
                    j,
                    d);
            }

            double ljj = Math.Sqrt(d);
            l[j, j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double s = matrix[i, j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                l[i, j] = s / ljj;
            }
        }

        return new Cholesky(l);
    }

    /// <summary>Solves A x = b.</summary>
    /// <exception cref="ArgumentException">Length of <paramref name="b"/> is not <see cref="Order"/>.</exception>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        int n = Order;
        if (b.Length != n)
        {
            throw new ArgumentException($"right-hand side has length {b.Length}, expected {n}", nameof(b));
        }

        var x = b.ToArray();
        for (int i = 0; i < n; i++)
        {
            double s = x[i];
            for (int k = 0; k < i; k++)
            {
                s -= _l[i, k] * x[k];
            }

            x[i] = s / _l[i, i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = x[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= _l[k, i] * x[k];
            }

            x[i] = s / _l[i, i];
        }

        return x;
    }

    /// <summary>Computes y = L z (maps independent standard normals z to correlated draws). Allocation-free.</summary>
    /// <exception cref="ArgumentException">Lengths differ from <see cref="Order"/>.</exception>
    public void MultiplyLower(ReadOnlySpan<double> z, Span<double> y)
    {
        int n = Order;
        if (z.Length != n || y.Length != n)
        {
            throw new ArgumentException($"vectors must have length {n}", nameof(z));
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = 0.0;
            for (int k = 0; k <= i; k++)
            {
                s += _l[i, k] * z[k];
            }

            y[i] = s;
        }
    }
}
