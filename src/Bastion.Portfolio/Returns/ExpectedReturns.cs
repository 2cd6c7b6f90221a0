using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Returns;

/// <summary>
/// Annualized expected-return estimators with PyPortfolioOpt's conventions (<c>expected_returns</c> module), so a user
/// can reproduce yesterday's numbers. Missing returns are skipped per asset (each asset uses its own count).
/// </summary>
public static class ExpectedReturns
{
    /// <summary>
    /// Mean historical return. Compounded (default): (Π(1 + r))^(frequency / count) − 1, the CAGR;
    /// arithmetic: mean(r) × frequency.
    /// </summary>
    public static double[] MeanHistorical(ReturnPanel returns, bool compounding = true, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        var result = new double[returns.Assets];
        for (int c = 0; c < returns.Assets; c++)
        {
            double growth = 1, sum = 0;
            int count = 0;
            for (int r = 0; r < returns.Periods; r++)
            {
                double v = returns[r, c];
                if (!double.IsNaN(v))
                {
                    growth *= 1 + v;
                    sum += v;
                    count++;
                }
            }

            if (count == 0)
            {
                throw new ArgumentException($"{returns.Symbols[c]} has no returns", nameof(returns));
            }

            result[c] = compounding ? Math.Pow(growth, (double)frequency / count) - 1 : sum / count * frequency;
        }

        return result;
    }

    /// <summary>
    /// Exponentially weighted mean return with span <paramref name="span"/> (α = 2 / (span + 1), pandas <c>ewm(adjust=True)</c>).
    /// Compounded (default): (1 + m)^frequency − 1; arithmetic: m × frequency.
    /// </summary>
    public static double[] ExponentiallyWeighted(ReturnPanel returns, int span = 500, bool compounding = true, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        ArgumentOutOfRangeException.ThrowIfLessThan(span, 1);
        double decay = 1.0 - (2.0 / (span + 1.0));
        var result = new double[returns.Assets];
        for (int c = 0; c < returns.Assets; c++)
        {
            double num = 0, den = 0, w = 1;
            for (int r = returns.Periods - 1; r >= 0; r--, w *= decay)
            {
                double v = returns[r, c];
                if (!double.IsNaN(v))
                {
                    num += w * v;
                    den += w;
                }
            }

            double m = num / den;
            result[c] = compounding ? Math.Pow(1 + m, frequency) - 1 : m * frequency;
        }

        return result;
    }

    /// <summary>
    /// CAPM-implied returns rf + βᵢ (E[Rm] − rf), with βᵢ = cov(rᵢ, rm) / var(rm) (sample, pairwise) and E[Rm] the
    /// market's mean historical return (compounded by default). Without <paramref name="marketReturns"/> the market is
    /// the equal-weighted average of the assets' available returns each period (PyPortfolioOpt <c>capm_return</c>).
    /// </summary>
    /// <param name="returns">Asset returns.</param>
    /// <param name="riskFreeRate">Annual risk-free rate.</param>
    /// <param name="marketReturns">Benchmark returns aligned with the rows of <paramref name="returns"/>, or null.</param>
    /// <param name="compounding">Compounded (geometric) market mean if true, arithmetic otherwise.</param>
    /// <param name="frequency">Periods per year.</param>
    public static double[] Capm(ReturnPanel returns, double riskFreeRate = 0.0, ReadOnlySpan<double> marketReturns = default, bool compounding = true, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        int t = returns.Periods, n = returns.Assets;
        var market = new double[t];
        if (marketReturns.IsEmpty)
        {
            for (int r = 0; r < t; r++)
            {
                double s = 0;
                int count = 0;
                for (int c = 0; c < n; c++)
                {
                    double v = returns[r, c];
                    if (!double.IsNaN(v))
                    {
                        s += v;
                        count++;
                    }
                }

                market[r] = count > 0 ? s / count : double.NaN;
            }
        }
        else
        {
            if (marketReturns.Length != t)
            {
                throw new ArgumentException($"market has {marketReturns.Length} returns, assets have {t} periods", nameof(marketReturns));
            }

            marketReturns.CopyTo(market);
        }

        var withMarket = new double[t, n + 1];
        for (int r = 0; r < t; r++)
        {
            for (int c = 0; c < n; c++)
            {
                withMarket[r, c] = returns[r, c];
            }

            withMarket[r, n] = market[r];
        }

        ReturnPanel joint = ReturnPanel.FromReturns(withMarket, [.. returns.Symbols, "market"]);
        double[,] cov = new SampleCovariance().EstimateRaw(joint);
        double marketMean = MeanHistorical(joint, compounding, frequency)[n];
        var result = new double[n];
        for (int c = 0; c < n; c++)
        {
            double beta = cov[c, n] / cov[n, n];
            result[c] = riskFreeRate + (beta * (marketMean - riskFreeRate));
        }

        return result;
    }
}
