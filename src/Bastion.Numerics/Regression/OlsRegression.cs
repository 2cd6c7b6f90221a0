using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Numerics.Regression;

/// <summary>
/// Ordinary least squares by Householder QR (no normal equations), with classical or Newey–West HAC standard errors.
/// Matches statsmodels <c>OLS(y, X).fit()</c> and <c>.fit(cov_type='HAC', cov_kwds={'maxlags': L})</c>. Thread-safe.
/// </summary>
public static class OlsRegression
{
    /// <summary>Fits y = α + Xβ + ε (or y = Xβ + ε without intercept) with classical standard errors.</summary>
    /// <param name="regressors">n × p design matrix, one row per observation (no constant column when <paramref name="includeIntercept"/>).</param>
    /// <param name="response">n observations of y.</param>
    /// <param name="includeIntercept">Prepend a constant column.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, mismatched lengths, n ≤ k, or collinear regressors.</exception>
    public static OlsResult Fit(double[,] regressors, ReadOnlySpan<double> response, bool includeIntercept = true)
        => FitCore(regressors, response, includeIntercept, OlsCovariance.Classical, 0, false);

    /// <summary>
    /// Fits with Newey–West HAC standard errors with <paramref name="lags"/> lags (Bartlett kernel). Use
    /// <see cref="NeweyWestLag.NeweyWest1994"/> to choose L.
    /// </summary>
    /// <param name="regressors">n × p design matrix (no constant column when <paramref name="includeIntercept"/>).</param>
    /// <param name="response">n observations of y.</param>
    /// <param name="lags">Bartlett truncation lag L ≥ 0 (L = 0 is White's heteroskedasticity-robust HC0).</param>
    /// <param name="includeIntercept">Prepend a constant column.</param>
    /// <param name="smallSampleCorrection">
    /// Multiply the covariance by n/(n − k): statsmodels' <c>use_correction=True</c>. Default false, as statsmodels' default.
    /// </param>
    /// <exception cref="ArgumentException">As <see cref="Fit"/>; or <paramref name="lags"/> negative or ≥ n.</exception>
    public static OlsResult FitNeweyWest(
        double[,] regressors, ReadOnlySpan<double> response, int lags, bool includeIntercept = true, bool smallSampleCorrection = false)
    {
        if (lags < 0 || lags >= response.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(lags), lags, "lags must be in [0, n)");
        }

        return FitCore(regressors, response, includeIntercept, OlsCovariance.NeweyWest, lags, smallSampleCorrection);
    }

    private static OlsResult FitCore(
        double[,] regressors, ReadOnlySpan<double> response, bool includeIntercept, OlsCovariance type, int lags, bool correction)
    {
        MatrixGuard.Finite(regressors, nameof(regressors), 1, includeIntercept ? 0 : 1);
        MatrixGuard.Finite(response, nameof(response));
        int n = regressors.GetLength(0);
        int p = regressors.GetLength(1);
        if (response.Length != n)
        {
            throw new ArgumentException($"response has {response.Length} observations but regressors have {n} rows", nameof(response));
        }

        int k = p + (includeIntercept ? 1 : 0);
        if (n <= k)
        {
            throw new ArgumentException($"needs more observations ({n}) than coefficients ({k})", nameof(regressors));
        }

        var x = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            int c = 0;
            if (includeIntercept)
            {
                x[i, c++] = 1.0;
            }

            for (int j = 0; j < p; j++)
            {
                x[i, c++] = regressors[i, j];
            }
        }

        var qr = new HouseholderQr(x);
        if (!qr.IsFullRank)
        {
            throw new ArgumentException("regressors are collinear (the design matrix is rank deficient)", nameof(regressors));
        }

        double[] beta = qr.Solve(response);
        var residuals = new double[n];
        double rss = 0.0;
        for (int i = 0; i < n; i++)
        {
            double fitted = 0.0;
            for (int j = 0; j < k; j++)
            {
                fitted += x[i, j] * beta[j];
            }

            residuals[i] = response[i] - fitted;
            rss += residuals[i] * residuals[i];
        }

        double mean = includeIntercept ? Statistics.Moments.Mean(response) : 0.0;
        double tss = 0.0;
        foreach (double v in response)
        {
            tss += (v - mean) * (v - mean);
        }

        int dof = n - k;
        double rSquared = 1.0 - (rss / tss);
        double adjusted = 1.0 - ((1.0 - rSquared) * (n - (includeIntercept ? 1 : 0)) / dof);
        double sigma2 = rss / dof;
        double[,] bread = qr.InverseGram();
        double[,] covariance = type == OlsCovariance.Classical
            ? Scale(bread, sigma2)
            : Scale(Sandwich(bread, NeweyWestMeat(x, residuals, lags)), correction ? n / (double)dof : 1.0);
        return new OlsResult(beta, covariance, residuals, rSquared, adjusted, sigma2, dof, type, lags, includeIntercept);
    }

    /// <summary>S = Σₜ uₜ²xₜxₜᵀ + Σ_l w_l Σₜ uₜuₜ₋ₗ(xₜxₜ₋ₗᵀ + xₜ₋ₗxₜᵀ), w_l = 1 − l/(L+1).</summary>
    private static double[,] NeweyWestMeat(double[,] x, double[] u, int lags)
    {
        int n = x.GetLength(0);
        int k = x.GetLength(1);
        var s = new double[k, k];
        for (int l = 0; l <= lags; l++)
        {
            double w = l == 0 ? 1.0 : 1.0 - (l / (lags + 1.0));
            var gamma = new double[k, k];
            for (int t = l; t < n; t++)
            {
                double uu = u[t] * u[t - l];
                for (int a = 0; a < k; a++)
                {
                    double xa = x[t, a] * uu;
                    for (int b = 0; b < k; b++)
                    {
                        gamma[a, b] += xa * x[t - l, b];
                    }
                }
            }

            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < k; b++)
                {
                    s[a, b] += l == 0 ? gamma[a, b] : w * (gamma[a, b] + gamma[b, a]);
                }
            }
        }

        return s;
    }

    private static double[,] Sandwich(double[,] bread, double[,] meat)
    {
        int k = bread.GetLength(0);
        var tmp = new double[k, k];
        var result = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double s = 0.0;
                for (int m = 0; m < k; m++)
                {
                    s += bread[i, m] * meat[m, j];
                }

                tmp[i, j] = s;
            }
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double s = 0.0;
                for (int m = 0; m < k; m++)
                {
                    s += tmp[i, m] * bread[m, j];
                }

                result[i, j] = s;
            }
        }

        return result;
    }

    private static double[,] Scale(double[,] m, double factor)
    {
        var r = (double[,])m.Clone();
        for (int i = 0; i < r.GetLength(0); i++)
        {
            for (int j = 0; j < r.GetLength(1); j++)
            {
                r[i, j] *= factor;
            }
        }

        return r;
    }
}
