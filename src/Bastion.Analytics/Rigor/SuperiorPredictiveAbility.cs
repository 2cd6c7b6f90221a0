using Bastion.Numerics.Random;

namespace Bastion.Analytics.Rigor;

/// <summary>
/// Data-snooping tests of whether any of k models beats a benchmark: White's (2000) Reality Check and Hansen's (2005)
/// test for superior predictive ability (SPA), with the stationary bootstrap. Inputs are LOSSES (smaller is better).
/// With dₖₜ = L₀ₜ − Lₖₜ and d̄ₖ its mean: RC statistic max_k √n·d̄ₖ; SPA statistic max(max_k √n·d̄ₖ/ω̂ₖ, 0), where ω̂ₖ²
/// is the bootstrap variance of √n·d̄ₖ. Bootstrap means are recentred by g(d̄ₖ): lower g = max(x, 0), consistent
/// g = x·1{x ≥ −√(ω̂ₖ²/n·2 log log n)}, upper g = x (the upper SPA p-value uses studentized statistics; the Reality
/// Check uses g = x without studentization). p = share of bootstrap statistics ≥ the sample statistic (&gt; for the
/// Reality Check). The null is "no model beats the benchmark"; small p-values reject it.
/// </summary>
public static class SuperiorPredictiveAbility
{
    /// <summary>Runs both tests with one set of stationary-bootstrap resamples (same seed, same draws).</summary>
    /// <param name="benchmarkLosses">Losses of the benchmark, one per period.</param>
    /// <param name="modelLosses">Losses of each model, same periods (<c>modelLosses[k][t]</c>).</param>
    /// <param name="blockLength">Mean block length of the stationary bootstrap, ≥ 1.</param>
    /// <param name="replications">Bootstrap replications (≥ 100).</param>
    /// <param name="seed">Seed of the random stream.</param>
    public static SpaResult Test(ReadOnlySpan<double> benchmarkLosses, IReadOnlyList<double[]> modelLosses, double blockLength, int replications = 1000, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(modelLosses);
        int n = benchmarkLosses.Length, k = modelLosses.Count;
        if (k == 0)
        {
            throw new ArgumentException("needs at least one model", nameof(modelLosses));
        }

        if (n < 10)
        {
            throw new ArgumentException($"needs at least 10 periods, got {n}", nameof(benchmarkLosses));
        }

        for (int m = 0; m < k; m++)
        {
            if (modelLosses[m].Length != n)
            {
                throw new ArgumentException($"model {m} has {modelLosses[m].Length} losses, the benchmark {n}", nameof(modelLosses));
            }
        }

        if (!(blockLength >= 1 && blockLength <= n))
        {
            throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, $"block length must be in [1, {n}]");
        }

        if (replications < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, "needs at least 100 replications");
        }

        var d = new double[k][];
        var mean = new double[k];
        for (int m = 0; m < k; m++)
        {
            d[m] = new double[n];
            for (int t = 0; t < n; t++)
            {
                d[m][t] = benchmarkLosses[t] - modelLosses[m][t];
                mean[m] += d[m][t];
            }

            mean[m] /= n;
        }

        // Bootstrap means of every model with shared index draws.
        var boot = new double[replications, k];
        var rng = new RandomStream(seed);
        var idx = new int[n];
        for (int b = 0; b < replications; b++)
        {
            BlockBootstrap.Stationary(rng, n, blockLength, idx);

            for (int m = 0; m < k; m++)
            {
                double s = 0;
                double[] dm = d[m];
                for (int t = 0; t < n; t++)
                {
                    s += dm[idx[t]];
                }

                boot[b, m] = s / n;
            }
        }

        double sqrtN = Math.Sqrt(n);
        var omega = new double[k];
        for (int m = 0; m < k; m++)
        {
            double ss = 0;
            for (int b = 0; b < replications; b++)
            {
                double z = sqrtN * (boot[b, m] - mean[m]);
                ss += z * z;
            }

            omega[m] = Math.Sqrt(ss / replications);
        }

        double threshold = Math.Sqrt(2 * Math.Log(Math.Log(n)) / n);
        double rc = double.NegativeInfinity, spa = 0;
        for (int m = 0; m < k; m++)
        {
            rc = Math.Max(rc, sqrtN * mean[m]);
            if (omega[m] > 0)
            {
                spa = Math.Max(spa, sqrtN * mean[m] / omega[m]);
            }
        }

        int rcCount = 0, lower = 0, consistent = 0, upper = 0;
        for (int b = 0; b < replications; b++)
        {
            double rcStar = double.NegativeInfinity, tl = 0, tc = 0, tu = 0;
            for (int m = 0; m < k; m++)
            {
                double x = mean[m];
                double z = boot[b, m];
                rcStar = Math.Max(rcStar, sqrtN * (z - x));
                if (omega[m] > 0)
                {
                    double gl = Math.Max(x, 0), gc = x >= -(omega[m] * threshold) ? x : 0, gu = x;
                    tl = Math.Max(tl, sqrtN * (z - gl) / omega[m]);
                    tc = Math.Max(tc, sqrtN * (z - gc) / omega[m]);
                    tu = Math.Max(tu, sqrtN * (z - gu) / omega[m]);
                }
            }

            rcCount += rcStar > rc ? 1 : 0;
            // ≥ rather than >: the SPA statistic is floored at 0, and a statistic at its floor (no model better than
            // the benchmark in sample) must give p = 1, not 0. For a positive statistic ties have probability zero.
            lower += tl >= spa ? 1 : 0;
            consistent += tc >= spa ? 1 : 0;
            upper += tu >= spa ? 1 : 0;
        }

        double r = replications;
        return new SpaResult(rc, rcCount / r, spa, lower / r, consistent / r, upper / r, replications, blockLength);
    }
}
