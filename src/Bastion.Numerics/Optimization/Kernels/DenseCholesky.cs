namespace Bastion.Numerics.Optimization.Kernels;

/// <summary>
/// In-place Cholesky factorization M = LLᵀ of a symmetric positive (semi)definite row-major matrix, dot-product
/// (row-oriented, left-looking) form so that every inner loop is a contiguous SIMD dot product.
/// Pivots that fall below <c>pivotFloor</c> are replaced by a large value (dynamic regularization, as in
/// Clarabel/ECOS): the direction is then effectively dropped and iterative refinement repairs the solve.
/// </summary>
internal static class DenseCholesky
{
    /// <summary>Factors the lower triangle of <paramref name="m"/> (n × n, row-major) into L; returns the number of regularized pivots.</summary>
    public static int Factor(Span<double> m, int n, double pivotFloor) => Factor(m, n, pivotFloor, 1e16 * Math.Max(1.0, pivotFloor));

    /// <summary>As <see cref="Factor(Span{double}, int, double)"/>, replacing small pivots by <paramref name="replacement"/>.</summary>
    public static int Factor(Span<double> m, int n, double pivotFloor, double replacement)
    {
        int regularized = 0;
        for (int i = 0; i < n; i++)
        {
            Span<double> rowI = m.Slice(i * n, n);
            for (int j = 0; j < i; j++)
            {
                ReadOnlySpan<double> rowJ = m.Slice(j * n, j);
                rowI[j] = (rowI[j] - DenseKernels.Dot(rowI[..j], rowJ)) / m[(j * n) + j];
            }

            double d = rowI[i] - DenseKernels.Dot(rowI[..i], rowI[..i]);
            if (!(d > pivotFloor))
            {
                d = replacement;
                regularized++;
            }

            rowI[i] = Math.Sqrt(d);
        }

        return regularized;
    }

    /// <summary>Solves LLᵀ x = b in place (b becomes x).</summary>
    public static void Solve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        ForwardSolve(l, n, n, b);
        BackSolve(l, n, n, b);
    }

    /// <summary>Solves L x = b in place for the leading k × k block of L (row stride <paramref name="stride"/>).</summary>
    public static void ForwardSolve(ReadOnlySpan<double> l, int stride, int k, Span<double> b)
    {
        for (int i = 0; i < k; i++)
        {
            ReadOnlySpan<double> row = l.Slice(i * stride, i + 1);
            b[i] = (b[i] - DenseKernels.Dot(row[..i], b[..i])) / row[i];
        }
    }

    /// <summary>Solves Lᵀ x = b in place for the leading k × k block of L (row stride <paramref name="stride"/>).</summary>
    public static void BackSolve(ReadOnlySpan<double> l, int stride, int k, Span<double> b)
    {
        for (int i = k - 1; i >= 0; i--)
        {
            ReadOnlySpan<double> row = l.Slice(i * stride, i + 1);
            double xi = b[i] / row[i];
            b[i] = xi;
            DenseKernels.Axpy(-xi, row[..i], b[..i]);
        }
    }
}
