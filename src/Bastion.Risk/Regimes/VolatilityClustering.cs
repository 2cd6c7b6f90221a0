using Bastion.Numerics.Distributions;
using Bastion.Numerics.Regression;

namespace Bastion.Risk.Regimes;

/// <summary>
/// Tests for volatility clustering, with statsmodels' definitions: Ljung–Box on returns and on squared returns
/// (<c>acorr_ljungbox(x, lags)</c>, autocorrelations of the demeaned series with denominator n) and Engle's ARCH LM test
/// (<c>het_arch(x, nlags)</c>, which squares its input as given: pass demeaned returns). Thread-safe.
/// </summary>
public static class VolatilityClustering
{
    /// <summary>Ljung–Box Q for each lag in <paramref name="lags"/> (each in 1..n − 1).</summary>
    /// <exception cref="ArgumentException">Fewer than 3 values, a non-finite one, a constant series, or a lag out of range.</exception>
    public static LjungBoxResult[] LjungBox(ReadOnlySpan<double> values, IReadOnlyList<int> lags)
    {
        ArgumentNullException.ThrowIfNull(lags);
        VaR.Guard.Finite(values, 3, nameof(values));
        int n = values.Length;
        int maxLag = 0;
        foreach (int h in lags)
        {
            if (h < 1 || h >= n)
            {
                throw new ArgumentOutOfRangeException(nameof(lags), h, $"lags must be in 1..{n - 1}");
            }

            maxLag = Math.Max(maxLag, h);
        }

        double mean = 0.0;
        foreach (double v in values)
        {
            mean += v;
        }

        mean /= n;
        double c0 = 0.0;
        foreach (double v in values)
        {
            c0 += (v - mean) * (v - mean);
        }

        if (!(c0 > 0.0))
        {
            throw new ArgumentException("the series is constant: autocorrelations are undefined", nameof(values));
        }

        var cumulative = new double[maxLag + 1];
        for (int k = 1; k <= maxLag; k++)
        {
            double ck = 0.0;
            for (int t = k; t < n; t++)
            {
                ck += (values[t] - mean) * (values[t - k] - mean);
            }

            double rho = ck / c0;
            cumulative[k] = cumulative[k - 1] + (rho * rho / (n - k));
        }

        var result = new LjungBoxResult[lags.Count];
        for (int i = 0; i < result.Length; i++)
        {
            int h = lags[i];
            double q = (double)n * (n + 2) * cumulative[h];
            result[i] = new LjungBoxResult(h, q, ChiSquared.Survival(q, h));
        }

        return result;
    }

    /// <summary>Ljung–Box Q on the squared values xₜ² (McLeod–Li), the usual check for volatility clustering.</summary>
    public static LjungBoxResult[] LjungBoxSquared(ReadOnlySpan<double> values, IReadOnlyList<int> lags)
    {
        var squared = new double[values.Length];
        for (int i = 0; i < squared.Length; i++)
        {
            squared[i] = values[i] * values[i];
        }

        return LjungBox(squared, lags);
    }

    /// <summary>Engle's ARCH LM test with <paramref name="lags"/> lags on the residuals <paramref name="residuals"/> (squared here).</summary>
    /// <exception cref="ArgumentException">Non-finite values, lags &lt; 1, or too few values (need n − 2q − 1 ≥ 1).</exception>
    public static ArchLmResult ArchLm(ReadOnlySpan<double> residuals, int lags)
    {
        if (lags < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lags), lags, "lags must be at least 1");
        }

        VaR.Guard.Finite(residuals, (2 * lags) + 2, nameof(residuals));
        int rows = residuals.Length - lags;
        var x = new double[rows, lags];
        var y = new double[rows];
        for (int t = 0; t < rows; t++)
        {
            double e = residuals[t + lags];
            y[t] = e * e;
            for (int j = 0; j < lags; j++)
            {
                double lagged = residuals[t + lags - 1 - j];
                x[t, j] = lagged * lagged;
            }
        }

        double r2 = OlsRegression.Fit(x, y).RSquared;
        double lm = rows * r2;
        int dfDenominator = rows - lags - 1;
        double f = r2 / lags / ((1.0 - r2) / dfDenominator);
        return new ArchLmResult(lags, lm, ChiSquared.Survival(lm, lags), f, FisherF.Survival(f, lags, dfDenominator));
    }
}
