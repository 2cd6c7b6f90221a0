using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Portfolio.Estimation;

/// <summary>The eigen-arithmetic shared by the factor and denoising estimators: descending eigenpairs, partial
/// rebuilds Σ λₖvₖvₖᵀ, and the covariance ↔ correlation scaling of López de Prado's <c>cov2corr</c>/<c>corr2cov</c>.</summary>
internal static class Spectral
{
    /// <summary>Eigenvalues in descending order and their eigenvectors as columns (same order).</summary>
    public static (double[] Values, double[,] Vectors) Descending(double[,] matrix)
    {
        var eigen = SymmetricEigen.Decompose(matrix);
        double[] ascending = eigen.Values;
        double[,] vectors = eigen.Vectors;
        int n = ascending.Length;
        var values = new double[n];
        var sorted = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            values[k] = ascending[n - 1 - k];
            for (int i = 0; i < n; i++)
            {
                sorted[i, k] = vectors[i, n - 1 - k];
            }
        }

        return (values, sorted);
    }

    /// <summary>Σ λₖ vₖvₖᵀ over k in [<paramref name="from"/>, <paramref name="to"/>), with λₖ = <paramref name="values"/>[k].</summary>
    public static double[,] Rebuild(double[,] vectors, double[] values, int from, int to)
    {
        int n = vectors.GetLength(0);
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0;
                for (int k = from; k < to; k++)
                {
                    s += vectors[i, k] * values[k] * vectors[j, k];
                }

                m[i, j] = s;
                m[j, i] = s;
            }
        }

        return m;
    }

    /// <summary>The correlation matrix of <paramref name="covariance"/> (entries clipped to [−1, 1]) and the standard deviations.</summary>
    public static double[,] Correlation(double[,] covariance, out double[] std)
    {
        int n = covariance.GetLength(0);
        std = new double[n];
        for (int i = 0; i < n; i++)
        {
            std[i] = Math.Sqrt(covariance[i, i]);
        }

        var corr = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                corr[i, j] = corr[j, i] = Math.Clamp(covariance[i, j] / (std[i] * std[j]), -1.0, 1.0);
            }
        }

        return corr;
    }

    /// <summary>D C D · <paramref name="scale"/> with D = diag(<paramref name="std"/>), from the lower triangle of C (exactly symmetric).</summary>
    public static double[,] Covariance(double[,] correlation, double[] std, double scale)
    {
        int n = std.Length;
        var cov = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                cov[i, j] = cov[j, i] = correlation[i, j] * std[i] * std[j] * scale;
            }
        }

        return cov;
    }
}
