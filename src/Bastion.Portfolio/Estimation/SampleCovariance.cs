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
        string? repair = returns.HasMissing ? PsdRepair.Apply(cov) : null; // a complete-data Gram matrix is PSD by construction
        return new CovarianceEstimate(Name, returns.Symbols, cov, frequency, Repair: repair);
    }

    /// <summary>The per-period (not annualized, not repaired) estimate.</summary>
    internal double[,] EstimateRaw(ReturnPanel returns) => returns.HasMissing ? PairwiseMoments.Covariance(returns) : Complete(returns);

    internal static double[,] Complete(ReturnPanel returns)
    {
        double[][] centered = returns.CenteredColumns(out _);
        double[,] g = GramMatrix.Compute(centered);
        Scale(g, 1.0 / (returns.Periods - 1));
        return g;
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
