namespace Bastion.Risk.Correlation;

/// <summary>
/// Rolling-window covariance and correlation matrices of a T × n return panel, as pandas
/// <c>DataFrame.rolling(W).cov()/.corr()</c>: one matrix per window end t = W − 1 … T − 1 (index 0 is the first full
/// window), computed with <see cref="RollingCovarianceEstimator"/> in O(n²) per step. Thread-safe.
/// </summary>
public static class RollingMatrices
{
    /// <summary>The sample covariance (divisor W − 1) of each window of <paramref name="window"/> observations.</summary>
    /// <exception cref="ArgumentException">A non-finite value, or fewer rows than the window.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 2 or longer than the panel.</exception>
    public static double[][,] Covariances(double[,] returns, int window) => Run(returns, window, correlation: false);

    /// <summary>The Pearson correlation of each window of <paramref name="window"/> observations.</summary>
    /// <exception cref="ArgumentException">A non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 2 or longer than the panel.</exception>
    public static double[][,] Correlations(double[,] returns, int window) => Run(returns, window, correlation: true);

    private static double[][,] Run(double[,] returns, int window, bool correlation)
    {
        PanelGuard.Finite(returns, 2, nameof(returns));
        int rows = returns.GetLength(0), n = returns.GetLength(1);
        PanelGuard.Window(window, rows, nameof(window));
        var estimator = new RollingCovarianceEstimator(n, window);
        var result = new double[rows - window + 1][,];
        var row = new double[n];
        for (int t = 0; t < rows; t++)
        {
            for (int j = 0; j < n; j++)
            {
                row[j] = returns[t, j];
            }

            estimator.Update(row);
            if (estimator.IsReady)
            {
                var m = new double[n, n];
                if (correlation)
                {
                    estimator.CopyCorrelation(m);
                }
                else
                {
                    estimator.CopyCovariance(m);
                }

                result[t - window + 1] = m;
            }
        }

        return result;
    }
}
