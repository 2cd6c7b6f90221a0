namespace Bastion.Data.Synthetic;

/// <summary>
/// Lower-triangular Cholesky factor L of a symmetric positive-definite matrix (A = L Lᵀ), by the
/// Cholesky–Banachiewicz recurrence. Kept small and internal here until Numerics ships its linear algebra.
/// </summary>
internal static class CholeskyFactor
{
    /// <summary>Returns L, or throws when <paramref name="a"/> is not square, symmetric and positive definite.</summary>
    public static double[,] Decompose(double[,] a, string paramName)
    {
        int n = a.GetLength(0);
        if (a.GetLength(1) != n)
        {
            throw new ArgumentException($"the matrix must be square, got {n}×{a.GetLength(1)}", paramName);
        }

        double[,] l = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > 1e-12)
                {
                    throw new ArgumentException($"the matrix is not symmetric at ({i}, {j})", paramName);
                }

                double sum = a[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 1e-14))
                    {
                        throw new ArgumentException($"the matrix is not positive definite (pivot {i} is {sum:G4})", paramName);
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
    }
}
