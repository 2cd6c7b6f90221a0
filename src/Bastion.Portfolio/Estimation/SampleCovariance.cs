namespace Bastion.Portfolio.Estimation;

/// <summary>
/// The sample covariance (divide by n − 1), annualized; with missing returns each pair uses the periods where both
/// assets have one (pandas <c>DataFrame.cov</c>, PyPortfolioOpt <c>sample_cov</c>). A pairwise estimate can fail to be
/// positive semidefinite; it is then repaired by clipping negative eigenvalues and says so.
/// </summary>
public sealed class SampleCovariance : ICovarianceEstimator
{
    /// <inheritdoc />
    public string Name => "sample";

    /// <inheritdoc />
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        double[,] cov = EstimateRaw(returns);
        Scale(cov, frequency);
        string? repair = PsdRepair.Apply(cov);
        return new CovarianceEstimate(Name, returns.Symbols, cov, frequency, Repair: repair);
    }

    /// <summary>The per-period (not annualized, not repaired) estimate.</summary>
    internal double[,] EstimateRaw(ReturnPanel returns) => returns.HasMissing ? Pairwise(returns) : Complete(returns);

    internal static double[,] Complete(ReturnPanel returns)
    {
        double[][] centered = returns.CenteredColumns(out _);
        double[,] g = GramMatrix.Compute(centered);
        Scale(g, 1.0 / (returns.Periods - 1));
        return g;
    }

    private static double[,] Pairwise(ReturnPanel returns)
    {
        int n = returns.Assets, t = returns.Periods;
        var cov = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double si = 0, sj = 0;
                int count = 0;
                for (int r = 0; r < t; r++)
                {
                    double a = returns[r, i], b = returns[r, j];
                    if (!double.IsNaN(a) && !double.IsNaN(b))
                    {
                        si += a;
                        sj += b;
                        count++;
                    }
                }

                if (count < 2)
                {
                    throw new ArgumentException(
                        $"{returns.Symbols[i]} and {returns.Symbols[j]} share {count} period(s) with returns; a covariance needs at least 2",
                        nameof(returns));
                }

                double mi = si / count, mj = sj / count, s = 0;
                for (int r = 0; r < t; r++)
                {
                    double a = returns[r, i], b = returns[r, j];
                    if (!double.IsNaN(a) && !double.IsNaN(b))
                    {
                        s += (a - mi) * (b - mj);
                    }
                }

                cov[i, j] = cov[j, i] = s / (count - 1);
            }
        }

        return cov;
    }

    internal static void Scale(double[,] m, double factor)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                m[i, j] *= factor;
            }
        }
    }
}
