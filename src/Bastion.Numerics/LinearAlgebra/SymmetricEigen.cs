namespace Bastion.Numerics.LinearAlgebra;

/// <summary>
/// Eigendecomposition A = V diag(λ) Vᵀ of a real symmetric matrix: Householder tridiagonalization followed by the
/// implicit QL algorithm (tred2/tql2 of EISPACK, as in JAMA). Eigenvalues ascending, as <c>numpy.linalg.eigh</c>;
/// eigenvectors are orthonormal columns, each signed so its largest-magnitude component is positive (NumPy's signs
/// are LAPACK's arbitrary choice). Immutable.
/// </summary>
public sealed class SymmetricEigen
{
    private readonly double[] _values;
    private readonly double[,] _vectors;

    private SymmetricEigen(double[] values, double[,] vectors)
    {
        _values = values;
        _vectors = vectors;
    }

    /// <summary>Eigenvalues in ascending order (a copy).</summary>
    public double[] Values => (double[])_values.Clone();

    /// <summary>Eigenvectors as columns, column j for <see cref="Values"/>[j] (a copy).</summary>
    public double[,] Vectors => (double[,])_vectors.Clone();

    /// <summary>Decomposes a symmetric matrix (checked to 1e-10 relative; the lower triangle is used).</summary>
    /// <exception cref="ArgumentException">Empty, not square, not symmetric, or a non-finite entry.</exception>
    public static SymmetricEigen Decompose(double[,] matrix)
    {
        MatrixGuard.Symmetric(matrix, nameof(matrix));
        int n = matrix.GetLength(0);
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                v[i, j] = matrix[i, j];
                v[j, i] = matrix[i, j];
            }
        }

        var d = new double[n];
        var e = new double[n];
        Tridiagonal.Reduce(v, d, e);
        Tridiagonal.QlImplicit(v, d, e);

        // Sort ascending (tql2 already sorts; kept explicit) and fix signs.
        for (int j = 0; j < n; j++)
        {
            int largest = 0;
            for (int i = 1; i < n; i++)
            {
                if (Math.Abs(v[i, j]) > Math.Abs(v[largest, j]))
                {
                    largest = i;
                }
            }

            if (v[largest, j] < 0)
            {
                for (int i = 0; i < n; i++)
                {
                    v[i, j] = -v[i, j];
                }
            }
        }

        return new SymmetricEigen(d, v);
    }

    /// <summary>Rebuilds V diag(f(λ)) Vᵀ: the spectral function of the matrix (e.g. clip negative eigenvalues).</summary>
    public double[,] Reconstruct(Func<double, double> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        int n = _values.Length;
        var f = new double[n];
        for (int k = 0; k < n; k++)
        {
            f[k] = transform(_values[k]);
        }

        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0.0;
                for (int k = 0; k < n; k++)
                {
                    s += _vectors[i, k] * f[k] * _vectors[j, k];
                }

                result[i, j] = s;
                result[j, i] = s;
            }
        }

        return result;
    }
}
