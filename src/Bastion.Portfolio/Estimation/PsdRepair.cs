using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Makes a symmetric estimate positive semidefinite when it is not, by clipping negative eigenvalues to zero and
/// rebuilding V diag(λ⁺) Vᵀ (PyPortfolioOpt's "spectral" fix). Returns what it did, or null when nothing was needed.
/// </summary>
internal static class PsdRepair
{
    public static string? Apply(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        if (IsPositiveSemidefinite(matrix))
        {
            return null;
        }

        (double[] values, double[,] vectors) = JacobiEigen(matrix);
        int clipped = 0;
        double most = 0;
        for (int k = 0; k < n; k++)
        {
            if (values[k] < 0)
            {
                clipped++;
                most = Math.Min(most, values[k]);
                values[k] = 0;
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double s = 0;
                for (int k = 0; k < n; k++)
                {
                    s += vectors[i, k] * values[k] * vectors[j, k];
                }

                matrix[i, j] = matrix[j, i] = s;
            }
        }

        return $"not positive semidefinite: {clipped} negative eigenvalue(s) (most negative {most:G4}) clipped to zero";
    }

    /// <summary>PSD test as PyPortfolioOpt does it: a Cholesky factor of A + 1e-16 I exists.</summary>
    private static bool IsPositiveSemidefinite(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        var jittered = (double[,])matrix.Clone();
        for (int i = 0; i < n; i++)
        {
            jittered[i, i] += 1e-16;
        }

        try
        {
            Cholesky.Factor(jittered);
            return true;
        }
        catch (MatrixNotPositiveDefiniteException)
        {
            return false;
        }
    }

    /// <summary>Cyclic Jacobi eigendecomposition of a symmetric matrix: A = V diag(λ) Vᵀ, columns of V are eigenvectors.</summary>
    private static (double[] Values, double[,] Vectors) JacobiEigen(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diag = 0;
            for (int i = 0; i < n; i++)
            {
                diag += a[i, i] * a[i, i];
                for (int j = i + 1; j < n; j++)
                {
                    off += a[i, j] * a[i, j];
                }
            }

            if (off <= 1e-30 * diag)
            {
                break;
            }

            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0)
                    {
                        continue;
                    }

                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }
}
