namespace Bastion.Numerics.LinearAlgebra;

/// <summary>Condition numbers and the symmetric positive definite inverse. Thread-safe.</summary>
public static class MatrixNorms
{
    /// <summary>
    /// The 2-norm condition number σ_max/σ_min (∞ if singular), from the eigenvalues of AᵀA; for a symmetric matrix
    /// directly from |λ|, which keeps full accuracy. Matches <c>numpy.linalg.cond(A)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Empty or non-finite matrix.</exception>
    public static double ConditionNumber(double[,] matrix)
    {
        MatrixGuard.Finite(matrix, nameof(matrix));
        int m = matrix.GetLength(0);
        int n = matrix.GetLength(1);
        bool symmetric = m == n;
        for (int i = 0; i < m && symmetric; i++)
        {
            for (int j = 0; j < i && symmetric; j++)
            {
                symmetric = matrix[i, j] == matrix[j, i];
            }
        }

        double max, min;
        if (symmetric)
        {
            double[] values = SymmetricEigen.Decompose(matrix).Values;
            max = values.Max(Math.Abs);
            min = values.Min(Math.Abs);
        }
        else
        {
            // Singular values are √eig(AᵀA) (or AAᵀ, the smaller side).
            bool tall = m >= n;
            int k = tall ? n : m;
            var gram = new double[k, k];
            for (int i = 0; i < k; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    double s = 0.0;
                    int len = tall ? m : n;
                    for (int r = 0; r < len; r++)
                    {
                        s += tall ? matrix[r, i] * matrix[r, j] : matrix[i, r] * matrix[j, r];
                    }

                    gram[i, j] = s;
                    gram[j, i] = s;
                }
            }

            double[] values = SymmetricEigen.Decompose(gram).Values;
            max = Math.Sqrt(Math.Max(values[^1], 0.0));
            min = Math.Sqrt(Math.Max(values[0], 0.0));
        }

        return min == 0.0 ? double.PositiveInfinity : max / min;
    }

    /// <summary>The inverse of a symmetric positive definite matrix via its Cholesky factor (symmetric result).</summary>
    /// <exception cref="MatrixNotPositiveDefiniteException">Not positive definite.</exception>
    public static double[,] InverseSpd(double[,] matrix)
    {
        var chol = Cholesky.Factor(matrix);
        int n = chol.Order;
        var inverse = new double[n, n];
        var unit = new double[n];
        for (int j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1.0;
            double[] column = chol.Solve(unit);
            for (int i = 0; i < n; i++)
            {
                inverse[i, j] = column[i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double v = 0.5 * (inverse[i, j] + inverse[j, i]);
                inverse[i, j] = v;
                inverse[j, i] = v;
            }
        }

        return inverse;
    }
}
