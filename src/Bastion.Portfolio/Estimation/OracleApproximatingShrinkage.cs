namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Oracle Approximating Shrinkage (Chen, Wiesel, Eldar and Hero, 2010) towards the scaled identity, with the
/// intensity formula of scikit-learn 1.2's <c>oas</c> (the one PyPortfolioOpt reports); population covariance,
/// missing returns counted as 0.
/// </summary>
public sealed class OracleApproximatingShrinkage : ICovarianceEstimator
{
    /// <inheritdoc />
    public string Name => "oas";

    /// <inheritdoc />
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        double[][] x = returns.CenteredColumns(out _);
        int n = x.Length, t = returns.Periods;
        double[,] emp = GramMatrix.Compute(x);
        SampleCovariance.Scale(emp, 1.0 / t);
        double trace = 0, sq = 0;
        for (int i = 0; i < n; i++)
        {
            trace += emp[i, i];
        }

        foreach (double v in emp)
        {
            sq += v * v;
        }

        double mu = trace / n;
        double alpha = sq / ((double)n * n);
        double num = alpha + (mu * mu);
        double den = (t + 1.0) * (alpha - (mu * mu / n));
        double shrinkage = den == 0 ? 1.0 : Math.Min(num / den, 1.0);
        var shrunk = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                shrunk[i, j] = (((1 - shrinkage) * emp[i, j]) + (i == j ? shrinkage * mu : 0)) * frequency;
            }
        }

        return new CovarianceEstimate(Name, returns.Symbols, shrunk, frequency, ShrinkageIntensity: shrinkage);
    }
}
