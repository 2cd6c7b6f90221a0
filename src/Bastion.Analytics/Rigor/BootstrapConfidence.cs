using Bastion.Analytics.Performance;
using Bastion.Numerics.Random;
using Bastion.Numerics.Statistics;

namespace Bastion.Analytics.Rigor;

/// <summary>
/// Block bootstrap confidence intervals for any statistic of a return series (stationary, circular or moving
/// blocks, drawn by <see cref="Numerics.Random.BlockBootstrap"/>), with a seeded <see cref="RandomStream"/> so results are reproducible. Thread-safe; allocates one
/// resample buffer and the replicate array.
/// </summary>
public static class BootstrapConfidence
{
    /// <summary>
    /// Percentile confidence interval of <paramref name="statistic"/>. Replicates where the statistic is NaN are
    /// dropped (counted out of <see cref="BootstrapInterval.Replications"/>).
    /// </summary>
    /// <param name="returns">The sample (at least 2 observations).</param>
    /// <param name="statistic">The statistic, e.g. <c>r =&gt; ReturnMetrics.SharpeRatio(r, 0, 252)</c>.</param>
    /// <param name="blockLength">Block length (mean block length for the stationary bootstrap), ≥ 1; see <see cref="OptimalBlockLength"/>.</param>
    /// <param name="method">Resampling scheme.</param>
    /// <param name="replications">Number of bootstrap samples (≥ 100).</param>
    /// <param name="confidence">Confidence level in (0, 1).</param>
    /// <param name="seed">Seed of the random stream.</param>
    public static BootstrapInterval Interval(ReadOnlySpan<double> returns, ReturnStatistic statistic, double blockLength,
        BlockBootstrapMethod method = BlockBootstrapMethod.Stationary, int replications = 1000, double confidence = 0.95, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        int n = returns.Length;
        if (n < 2)
        {
            throw new ArgumentException($"needs at least 2 observations, got {n}", nameof(returns));
        }

        if (!(blockLength >= 1.0 && blockLength <= n))
        {
            throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, $"block length must be in [1, {n}]");
        }

        if (replications < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, "needs at least 100 replications");
        }

        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1)");
        }

        var rng = new RandomStream(seed);
        var sample = new double[n];
        var indices = new int[n];
        var stats = new List<double>(replications);
        for (int b = 0; b < replications; b++)
        {
            Resample(returns, sample, indices, blockLength, method, rng);
            double s = statistic(sample);
            if (!double.IsNaN(s))
            {
                stats.Add(s);
            }
        }

        double estimate = statistic(returns);
        if (stats.Count < 2)
        {
            return new BootstrapInterval(estimate, double.NaN, double.NaN, double.NaN, confidence, stats.Count, blockLength, method);
        }

        double[] sorted = [.. stats];
        Array.Sort(sorted);
        double alpha = (1.0 - confidence) / 2.0;
        return new BootstrapInterval(
            estimate,
            Quantiles.OfSorted(sorted, alpha),
            Quantiles.OfSorted(sorted, 1.0 - alpha),
            ReturnMetrics.StandardDeviation(sorted, 0.0),
            confidence,
            sorted.Length,
            blockLength,
            method);
    }

    /// <summary>Fills <paramref name="target"/> with one resample of <paramref name="source"/>.</summary>
    internal static void Resample(ReadOnlySpan<double> source, Span<double> target, Span<int> indices, double blockLength, BlockBootstrapMethod method, RandomStream rng)
    {
        int n = source.Length;
        switch (method)
        {
            case BlockBootstrapMethod.Stationary:
                Numerics.Random.BlockBootstrap.Stationary(rng, n, blockLength, indices);
                break;
            case BlockBootstrapMethod.Circular:
                Numerics.Random.BlockBootstrap.CircularBlock(rng, n, (int)Math.Round(blockLength), indices);
                break;
            case BlockBootstrapMethod.Moving:
                Numerics.Random.BlockBootstrap.MovingBlock(rng, n, (int)Math.Round(blockLength), indices);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "unknown bootstrap method");
        }

        for (int i = 0; i < n; i++)
        {
            target[i] = source[indices[i]];
        }
    }
}
