namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Semicovariance against a benchmark return B per period: S = E[min(rᵢ − B, 0) · min(rⱼ − B, 0)] × frequency,
/// averaging over all periods (PyPortfolioOpt <c>semicovariance</c>; a missing return counts as no shortfall).
/// </summary>
/// <param name="benchmark">Benchmark return per period; PyPortfolioOpt's default is 0.000079 (≈ 2% a year daily).</param>
public sealed class SemiCovariance(double benchmark = 0.000079) : ICovarianceEstimator
{
    /// <summary>Benchmark return per period.</summary>
    public double Benchmark { get; } = double.IsFinite(benchmark) ? benchmark : throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "benchmark must be finite");

    /// <inheritdoc />
    public string Name => "semicovariance";

    /// <inheritdoc />
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        int n = returns.Assets, t = returns.Periods;
        var drops = new double[n][];
        for (int c = 0; c < n; c++)
        {
            var col = new double[t];
            for (int r = 0; r < t; r++)
            {
                double v = returns[r, c] - Benchmark;
                col[r] = v < 0 ? v : 0.0; // NaN compares false: no shortfall, as numpy.fmin
            }

            drops[c] = col;
        }

        double[,] cov = GramMatrix.Compute(drops);
        SampleCovariance.Scale(cov, (double)frequency / t);
        return new CovarianceEstimate(Name, returns.Symbols, cov, frequency);
    }
}
