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
/// <remarks>
/// Cost: O(replications·k·blocks) rather than O(replications·k·n). A stationary-bootstrap resample is a run of
/// blocks of consecutive (circular) indices, so each model's resample sum is a sum of differences of its prefix
/// sums, one per block (when blocks are short, mean length below 2, the resample is summed index by index instead). The index draws are made sequentially from one seeded stream (same seed, same draws, on any
/// number of cores); the sums of a batch of replications are then computed in parallel.
/// </remarks>
public static class SuperiorPredictiveAbility
{
    /// <summary>The fewest periods <see cref="Test"/> accepts.</summary>
    public const int MinimumObservations = 10;

    private const int Batch = 256;

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

        if (n < MinimumObservations)
        {
            throw new ArgumentException($"needs at least {MinimumObservations} periods, got {n}", nameof(benchmarkLosses));
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

        // Loss differences d = L0 − Lk, their means, and prefix sums of the CENTRED differences (row m: n + 1 values),
        // so a resample sum is directly √n-free z − d̄ and stays well conditioned.
        var mean = new double[k];
        var centredD = new double[k * n];
        var prefix = new double[k * (n + 1)];
        var d = new double[n];
        for (int m = 0; m < k; m++)
        {
            double[] lm = modelLosses[m];
            double s = 0;
            for (int t = 0; t < n; t++)
            {
                d[t] = benchmarkLosses[t] - lm[t];
                s += d[t];
            }

            mean[m] = s / n;
            Span<double> row = prefix.AsSpan(m * (n + 1), n + 1);
            row[0] = 0;
            for (int t = 0; t < n; t++)
            {
                double c = d[t] - mean[m];
                centredD[(m * n) + t] = c;
                row[t + 1] = row[t] + c;
            }
        }

        // centred[b·k + m] = (bootstrap mean of d_m in replication b) − d̄_m.
        var centred = new double[(long)replications * k];
        var rng = new RandomStream(seed);
        int batch = Math.Min(Batch, replications);
        // A block that wraps past the end is split in two; every segment holds at least one index, so a resample has at most n segments.
        var indices = new int[batch * n];
        var starts = new int[batch * n];
        var ends = new int[batch * n];
        var counts = new int[batch];
        for (int first = 0; first < replications; first += batch)
        {
            int size = Math.Min(batch, replications - first);
            for (int j = 0; j < size; j++)
            {
                Span<int> idx = indices.AsSpan(j * n, n);
                BlockBootstrap.Stationary(rng, n, blockLength, idx);
                counts[j] = Segments(idx, starts.AsSpan(j * n, n), ends.AsSpan(j * n, n));
            }

            Parallel.For(0, size, j =>
            {
                int offset = j * n, segments = counts[j];
                long row = (long)(first + j) * k;
                // Two prefix-sum reads per block beat one read per index only when blocks are long enough.
                bool byBlocks = 2 * segments < n;
                for (int m = 0; m < k; m++)
                {
                    double s = 0;
                    if (byBlocks)
                    {
                        int p = m * (n + 1);
                        for (int q = offset; q < offset + segments; q++)
                        {
                            s += prefix[p + ends[q]] - prefix[p + starts[q]];
                        }
                    }
                    else
                    {
                        int p = m * n;
                        for (int t = offset; t < offset + n; t++)
                        {
                            s += centredD[p + indices[t]];
                        }
                    }

                    centred[row + m] = s / n;
                }
            });
        }

        double sqrtN = Math.Sqrt(n);
        var omega = new double[k];
        for (long b = 0; b < replications; b++)
        {
            for (int m = 0; m < k; m++)
            {
                double z = sqrtN * centred[(b * k) + m];
                omega[m] += z * z;
            }
        }

        for (int m = 0; m < k; m++)
        {
            omega[m] = Math.Sqrt(omega[m] / replications);
        }

        double threshold = Math.Sqrt(2 * Math.Log(Math.Log(n)) / n);
        double rc = double.NegativeInfinity, spa = 0;
        int best = 0;
        double bestStudentized = double.NegativeInfinity;
        for (int m = 0; m < k; m++)
        {
            rc = Math.Max(rc, sqrtN * mean[m]);
            double studentized = omega[m] > 0 ? sqrtN * mean[m] / omega[m] : double.NaN;
            if (omega[m] > 0)
            {
                spa = Math.Max(spa, studentized);
            }

            if (studentized > bestStudentized)
            {
                (best, bestStudentized) = (m, studentized);
            }
        }

        int rcCount = 0, lower = 0, consistent = 0, upper = 0;
        for (long b = 0; b < replications; b++)
        {
            double rcStar = double.NegativeInfinity, tl = 0, tc = 0, tu = 0;
            for (int m = 0; m < k; m++)
            {
                double x = mean[m];
                double c = centred[(b * k) + m];
                rcStar = Math.Max(rcStar, sqrtN * c);
                if (omega[m] > 0)
                {
                    // z − g with z = x + c: lower g = max(x, 0), consistent g = x or 0, upper g = x.
                    double lowerShift = x - Math.Max(x, 0), consistentShift = x >= -(omega[m] * threshold) ? 0 : x;
                    tl = Math.Max(tl, sqrtN * (c + lowerShift) / omega[m]);
                    tc = Math.Max(tc, sqrtN * (c + consistentShift) / omega[m]);
                    tu = Math.Max(tu, sqrtN * c / omega[m]);
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
        return new SpaResult(rc, rcCount / r, spa, lower / r, consistent / r, upper / r, replications, blockLength)
        {
            MeanDifferences = mean,
            StandardDeviations = omega,
            BestModel = best,
        };
    }

    /// <summary>
    /// Splits a resample's indices into segments [start, end) of consecutive indices that do not wrap past the end.
    /// A new block that happens to start right after the previous index joins its segment: the sum is the same.
    /// </summary>
    private static int Segments(ReadOnlySpan<int> idx, Span<int> starts, Span<int> ends)
    {
        int count = 0, start = idx[0], previous = idx[0];
        for (int t = 1; t < idx.Length; t++)
        {
            int i = idx[t];
            if (i != previous + 1)
            {
                starts[count] = start;
                ends[count++] = previous + 1;
                start = i;
            }

            previous = i;
        }

        starts[count] = start;
        ends[count++] = previous + 1;
        return count;
    }
}
