using System.Numerics;
using Bastion.Numerics.Correlation;
using Bastion.Numerics.Statistics;

namespace Bastion.Risk.Correlation;

/// <summary>
/// Covariance and correlation matrices of n assets from a T × n return panel (rows are observations, columns assets),
/// matching pandas <c>DataFrame.cov()</c> and <c>DataFrame.corr(method=…)</c> on complete data. Pearson is one Gram
/// product of the standardized columns; Spearman the same on average ranks; Kendall τ-b and distance correlation are
/// pairwise (<see cref="Correlations"/>). A constant column has no defined correlation: its row and column are NaN, as in
/// pandas (distance correlation reports 0 off the diagonal, as dcor does). Thread-safe.
/// </summary>
public static class CorrelationMatrices
{
    /// <summary>The sample covariance matrix (divisor T − 1), in squared return units.</summary>
    /// <param name="returns">T × n panel of returns, T ≥ 2, all finite.</param>
    /// <exception cref="ArgumentException">Fewer than 2 rows, no column, or a non-finite value (named by row and column).</exception>
    public static double[,] Covariance(double[,] returns)
    {
        PanelGuard.Finite(returns, 2, nameof(returns));
        double[][] columns = CentredColumns(returns, ranks: false);
        return Gram(columns, 1.0 / (returns.GetLength(0) - 1), unitDiagonal: false);
    }

    /// <summary>The correlation matrix by <paramref name="method"/> (unit diagonal, symmetric).</summary>
    /// <param name="returns">T × n panel of returns, T ≥ 2, all finite.</param>
    /// <param name="method">Pearson, Spearman, Kendall τ-b or distance correlation.</param>
    /// <exception cref="ArgumentException">Fewer than 2 rows, no column, or a non-finite value (named by row and column).</exception>
    public static double[,] Correlation(double[,] returns, CorrelationMethod method = CorrelationMethod.Pearson)
    {
        PanelGuard.Finite(returns, 2, nameof(returns));
        switch (method)
        {
            case CorrelationMethod.Pearson or CorrelationMethod.Spearman:
                double[][] columns = CentredColumns(returns, method == CorrelationMethod.Spearman);
                foreach (double[] c in columns)
                {
                    double norm = Math.Sqrt(Dot(c, c));
                    double scale = norm > 0.0 ? 1.0 / norm : double.NaN;
                    for (int t = 0; t < c.Length; t++)
                    {
                        c[t] *= scale;
                    }
                }

                return Gram(columns, 1.0, unitDiagonal: true);
            case CorrelationMethod.KendallTauB or CorrelationMethod.Distance:
                return Correlations.Matrix(returns, method);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "unknown correlation method");
        }
    }

    /// <summary>Correlation from a covariance matrix: ρᵢⱼ = σᵢⱼ / √(σᵢᵢ σⱼⱼ) (NaN where a variance is not positive).</summary>
    /// <exception cref="ArgumentException">Not square.</exception>
    public static double[,] FromCovariance(double[,] covariance)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        int n = covariance.GetLength(0);
        if (covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"covariance must be square, got {n}×{covariance.GetLength(1)}", nameof(covariance));
        }

        var result = (double[,])covariance.Clone();
        Standardize(result, new double[n]);
        return result;
    }

    /// <summary>Turns the n × n covariance <paramref name="matrix"/> into its correlation in place, row by row; <paramref name="inverseSd"/> is n scratch values.</summary>
    internal static void Standardize(double[,] matrix, Span<double> inverseSd)
    {
        int n = matrix.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            double v = matrix[i, i];
            inverseSd[i] = v > 0.0 ? 1.0 / Math.Sqrt(v) : double.NaN;
        }

        for (int i = 0; i < n; i++)
        {
            double si = inverseSd[i];
            for (int j = 0; j < n; j++)
            {
                matrix[i, j] = Math.Clamp(matrix[i, j] * si * inverseSd[j], -1.0, 1.0);
            }

            matrix[i, i] = double.IsNaN(si) ? double.NaN : 1.0;
        }
    }

    private static double[][] CentredColumns(double[,] returns, bool ranks)
    {
        int rows = returns.GetLength(0), n = returns.GetLength(1);
        var columns = new double[n][];
        for (int j = 0; j < n; j++)
        {
            var c = new double[rows];
            for (int t = 0; t < rows; t++)
            {
                c[t] = returns[t, j];
            }

            if (ranks)
            {
                c = Ranks.Of(c);
            }

            double mean = Moments.Mean(c);
            for (int t = 0; t < rows; t++)
            {
                c[t] -= mean;
            }

            columns[j] = c;
        }

        return columns;
    }

    private static double[,] Gram(double[][] columns, double scale, bool unitDiagonal)
    {
        int n = columns.Length;
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double v = scale * Dot(columns[i], columns[j]);
                if (unitDiagonal)
                {
                    v = Math.Clamp(v, -1.0, 1.0);
                }

                result[i, j] = v;
                result[j, i] = v;
            }

            double d = scale * Dot(columns[i], columns[i]);
            result[i, i] = unitDiagonal && !double.IsNaN(d) ? 1.0 : d;
        }

        return result;
    }

    internal static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        double sum = 0.0;
        if (Vector.IsHardwareAccelerated && x.Length >= 2 * Vector<double>.Count)
        {
            var acc = Vector<double>.Zero;
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                acc += new Vector<double>(x[i..]) * new Vector<double>(y[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
