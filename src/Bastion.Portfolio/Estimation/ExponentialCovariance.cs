namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Exponentially weighted covariance (PyPortfolioOpt <c>exp_cov</c>): for each pair, the products of deviations from
/// each asset's full-sample mean, averaged with weights (1 − α)^age, α = 2 / (span + 1), normalized by the weight sum
/// (pandas <c>ewm(span).mean()</c>, <c>adjust=True</c>; a missing product is skipped), then annualized.
/// </summary>
/// <param name="span">Span of the weighting in periods (≥ 1); PyPortfolioOpt's default is 180.</param>
public sealed class ExponentialCovariance(int span = 180) : ICovarianceEstimator
{
    /// <summary>Span in periods.</summary>
    public int Span { get; } = span >= 1 ? span : throw new ArgumentOutOfRangeException(nameof(span), span, "span must be at least 1");

    /// <inheritdoc />
    public string Name => "exponential";

    /// <inheritdoc />
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        int n = returns.Assets, t = returns.Periods;
        double decay = 1.0 - (2.0 / (Span + 1.0));
        var weights = new double[t];
        for (int r = t - 1, age = 0; r >= 0; r--, age++)
        {
            weights[r] = Math.Pow(decay, age);
        }

        var means = new double[n];
        for (int c = 0; c < n; c++)
        {
            double s = 0;
            int count = 0;
            for (int r = 0; r < t; r++)
            {
                double v = returns[r, c];
                if (!double.IsNaN(v))
                {
                    s += v;
                    count++;
                }
            }

            means[c] = count > 0 ? s / count : throw new ArgumentException($"{returns.Symbols[c]} has no returns", nameof(returns));
        }

        var cov = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double num = 0, den = 0;
                for (int r = 0; r < t; r++)
                {
                    double product = (returns[r, i] - means[i]) * (returns[r, j] - means[j]);
                    if (!double.IsNaN(product))
                    {
                        num += weights[r] * product;
                        den += weights[r];
                    }
                }

                cov[i, j] = cov[j, i] = num / den * frequency;
            }
        }

        string? repair = returns.HasMissing ? PsdRepair.Apply(cov) : null; // a complete-data Gram matrix is PSD by construction
        return new CovarianceEstimate(Name, returns.Symbols, cov, frequency, Repair: repair);
    }
}
