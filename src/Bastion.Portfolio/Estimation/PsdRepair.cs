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

        var eigen = SymmetricEigen.Decompose(matrix);
        double[] values = eigen.Values;
        double[,] vectors = eigen.Vectors;
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
}
