using Bastion.Numerics.Statistics;

namespace Bastion.Numerics.Correlation;

/// <summary>
/// Pairwise correlation coefficients: Pearson, Spearman (Pearson on average ranks), Kendall τ-b (Knight's
/// O(n log n) algorithm) and Székely's distance correlation. Thread-safe. A constant input has no defined
/// correlation: NaN is returned, as NumPy/SciPy do.
/// </summary>
public static class Correlations
{
    /// <summary>Pearson's product-moment correlation (two-pass, centred), matching <c>numpy.corrcoef</c>.</summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 points, or a non-finite value.</exception>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y, 2);
        double mx = Moments.Mean(x);
        double my = Moments.Mean(y);
        double sxx = 0.0, syy = 0.0, sxy = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        if (sxx == 0.0 || syy == 0.0)
        {
            return double.NaN;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Spearman's rank correlation: Pearson on average ranks (<c>scipy.stats.spearmanr</c>).</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y, 2);
        return Pearson(Ranks.Of(x), Ranks.Of(y));
    }

    /// <summary>
    /// Kendall's τ-b, (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)) with tie corrections, by Knight's (1966)
    /// merge-sort algorithm in O(n log n); matches <c>scipy.stats.kendalltau</c> (variant 'b').
    /// </summary>
    public static double KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y, 2);
        return KendallTau.TauB(x, y);
    }

    /// <summary>
    /// Székely–Rizzo–Bakirov (2007) distance correlation (V-statistic, in [0, 1]; 0 iff independent in the limit),
    /// O(n²) time and memory; matches the V-statistic definition (dcor.distance_correlation).
    /// </summary>
    public static double Distance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y, 2);
        return DistanceCorrelation.Compute(x, y);
    }

    /// <summary>The correlation matrix of the columns of <paramref name="data"/> (rows are observations) by <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 rows or 1 column, or a non-finite value.</exception>
    public static double[,] Matrix(double[,] data, CorrelationMethod method = CorrelationMethod.Pearson)
    {
        LinearAlgebra.MatrixGuard.Finite(data, nameof(data), 2, 1);
        int n = data.GetLength(0);
        int p = data.GetLength(1);
        var columns = new double[p][];
        for (int j = 0; j < p; j++)
        {
            columns[j] = new double[n];
            for (int i = 0; i < n; i++)
            {
                columns[j][i] = data[i, j];
            }

            if (method == CorrelationMethod.Spearman)
            {
                columns[j] = Ranks.Of(columns[j]);
            }
        }

        var result = new double[p, p];
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double r = method switch
                {
                    CorrelationMethod.Pearson or CorrelationMethod.Spearman => Pearson(columns[a], columns[b]),
                    CorrelationMethod.KendallTauB => KendallTau.TauB(columns[a], columns[b]),
                    CorrelationMethod.Distance => DistanceCorrelation.Compute(columns[a], columns[b]),
                    _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown correlation method"),
                };
                result[a, b] = r;
                result[b, a] = r;
            }

            if (!double.IsNaN(result[a, a]))
            {
                result[a, a] = 1.0;
            }
        }

        return result;
    }

    private static void Validate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int min)
    {
        Moments.RequireFinite(x, min, nameof(x));
        Moments.RequireFinite(y, min, nameof(y));
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}", nameof(y));
        }
    }
}
