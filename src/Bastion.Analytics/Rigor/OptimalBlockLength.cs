namespace Bastion.Analytics.Rigor;

/// <summary>
/// Politis and White's (2004) automatic block length for the stationary and circular bootstraps, with the correction
/// of Patton, Politis and White (2009), following the algorithm of <c>arch.bootstrap.optimal_block_length</c>:
/// the bandwidth m is twice the first lag after which K_N = max(5, ⌊log₁₀ n⌋) autocorrelations are all inside
/// ±2√(log₁₀ n / n) (capped at ⌈√n⌉ + K_N); a flat-top kernel estimates G = Σ λ(k/m)|k|γ(k) and the long-run variance
/// σ² = Σ λ(k/m)γ(k); then b_SB = (2G²/(2σ⁴))^(1/3) n^(1/3) and b_CB = (2G²/((4/3)σ⁴))^(1/3) n^(1/3), both capped at
/// min(3√n, n/3).
/// </summary>
public static class OptimalBlockLength
{
    /// <summary>Estimates the optimal (mean) block lengths of <paramref name="x"/> (at least 10 observations).</summary>
    public static (double Stationary, double Circular) Estimate(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        if (n < 10)
        {
            throw new ArgumentException($"needs at least 10 observations, got {n}", nameof(x));
        }

        double mean = 0;
        foreach (double v in x)
        {
            mean += v;
        }

        mean /= n;
        var eps = new double[n];
        for (int i = 0; i < n; i++)
        {
            eps[i] = x[i] - mean;
        }

        double bMax = Math.Ceiling(Math.Min(3 * Math.Sqrt(n), n / 3.0));
        int kn = Math.Max(5, (int)Math.Log10(n));
        int mMax = (int)Math.Ceiling(Math.Sqrt(n)) + kn;
        double cv = 2 * Math.Sqrt(Math.Log10(n) / n);
        var acv = new double[mMax + 1];
        var absAcorr = new double[mMax + 1];
        int optM = -1;
        for (int i = 0; i <= mMax; i++)
        {
            double v1 = 0, v2 = 0, cross = 0;
            for (int t = i + 1; t < n; t++)
            {
                v1 += eps[t] * eps[t];
            }

            for (int t = 0; t < n - (i + 1); t++)
            {
                v2 += eps[t] * eps[t];
            }

            for (int t = i; t < n; t++)
            {
                cross += eps[t] * eps[t - i];
            }

            acv[i] = cross / n;
            absAcorr[i] = Math.Abs(cross) / Math.Sqrt(v1 * v2);
            if (i >= kn && optM < 0)
            {
                bool allSmall = true;
                for (int k = i - kn; k < i; k++)
                {
                    allSmall &= absAcorr[k] < cv;
                }

                if (allSmall)
                {
                    optM = i - kn;
                }
            }
        }

        int m = optM >= 0 ? 2 * Math.Max(optM, 1) : mMax;
        m = Math.Min(m, mMax);
        double g = 0, lrAcv = acv[0];
        for (int k = 1; k <= m; k++)
        {
            double lam = (double)k / m <= 0.5 ? 1.0 : 2.0 * (1.0 - ((double)k / m));
            g += 2 * lam * k * acv[k];
            lrAcv += 2 * lam * acv[k];
        }

        double dSb = 2 * lrAcv * lrAcv;
        double dCb = 4.0 / 3.0 * lrAcv * lrAcv;
        double bSb = Math.Pow(2 * g * g / dSb, 1.0 / 3.0) * Math.Pow(n, 1.0 / 3.0);
        double bCb = Math.Pow(2 * g * g / dCb, 1.0 / 3.0) * Math.Pow(n, 1.0 / 3.0);
        return (Math.Min(bSb, bMax), Math.Min(bCb, bMax));
    }
}
