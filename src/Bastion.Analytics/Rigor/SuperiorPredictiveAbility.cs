using System.Numerics;
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
/// sums, one per block (when blocks average fewer than 2 indices, the resample is summed index by index instead).
/// The index draws are made sequentially from one seeded stream (same seed, same draws, on any number of cores);
/// the sums of each batch of replications are then computed in parallel.
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

        // Loss differences d = L0 − Lk, their means, the CENTRED differences and their prefix sums, both stored by
        // period (row t holds all k models, so one resample step adds one contiguous row with SIMD). A resample sum
        // divided by n is then directly z − d̄, and the prefix sums stay small.
        var mean = new double[k];
        var centredD = new double[n * k];
        var prefix = new double[(n + 1) * k];
        for (int m = 0; m < k; m++)
        {
            double[] lm = modelLosses[m];
            double s = 0;
            for (int t = 0; t < n; t++)
            {
                s += benchmarkLosses[t] - lm[t];
            }

            mean[m] = s / n;
            double running = 0;
            for (int t = 0; t < n; t++)
            {
                double c = benchmarkLosses[t] - lm[t] - mean[m];
                centredD[(t * k) + m] = c;
                running += c;
                prefix[((t + 1) * k) + m] = running;
            }
        }

        // centred[b·k + m] = (bootstrap mean of d_m in replication b) − d̄_m.
        var centred = new double[replications * k];
        var rng = new RandomStream(seed);
        int batch = Math.Min(Batch, replications);
        // A block that wraps past the end is split in two; every segment holds at least one index, so at most n segments.
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
                Span<double> sum = centred.AsSpan((first + j) * k, k);
                // Two prefix-sum rows per block beat one row per index only when blocks are long enough.
                if (2 * segments < n)
                {
                    for (int q = offset; q < offset + segments; q++)
                    {
                        AddDifference(sum, prefix.AsSpan(ends[q] * k, k), prefix.AsSpan(starts[q] * k, k));
                    }
                }
                else
                {
                    for (int t = offset; t < offset + n; t++)
                    {
                        AddDifference(sum, centredD.AsSpan(indices[t] * k, k), default);
                    }
                }

                for (int m = 0; m < k; m++)
                {
                    sum[m] /= n;
                }
            });
        }

        double sqrtN = Math.Sqrt(n);
        var omega = new double[k];
        for (int b = 0; b < replications; b++)
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
        for (int b = 0; b < replications; b++)
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
    /// <summary>sum += x − y element-wise (y empty: sum += x), SIMD; each element sees the same IEEE operations as scalar code.</summary>
    private static void AddDifference(Span<double> sum, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0, w = Vector<double>.Count;
        if (y.IsEmpty)
        {
            for (; i <= sum.Length - w; i += w)
            {
                (new Vector<double>(sum[i..]) + new Vector<double>(x[i..])).CopyTo(sum[i..]);
            }

            for (; i < sum.Length; i++)
            {
                sum[i] += x[i];
            }

            return;
        }

        for (; i <= sum.Length - w; i += w)
        {
            (new Vector<double>(sum[i..]) + (new Vector<double>(x[i..]) - new Vector<double>(y[i..]))).CopyTo(sum[i..]);
        }

        for (; i < sum.Length; i++)
        {
            sum[i] += x[i] - y[i];
        }
    }

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
