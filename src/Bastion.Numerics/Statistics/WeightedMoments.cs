namespace Bastion.Numerics.Statistics;

/// <summary>
/// Weighted mean and variance with the weight meaning named (<see cref="WeightKind"/>). Weights must be finite and
/// non-negative with a positive sum. Two-pass; allocation-free; thread-safe.
/// </summary>
public static class WeightedMoments
{
    /// <summary>Σwᵢxᵢ / Σwᵢ (NumPy <c>average(x, weights=w)</c>).</summary>
    /// <exception cref="ArgumentException">Empty, lengths differ, non-finite values, or invalid weights.</exception>
    public static double Mean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        Validate(values, weights);
        return MeanCore(values, weights, out _);
    }

    /// <summary>
    /// Weighted variance about the weighted mean: Σwᵢ(xᵢ − x̄)² divided by Σw (population), by Σw − 1 (sample,
    /// frequency weights) or by V₁ − V₂/V₁ (sample, reliability weights).
    /// </summary>
    /// <exception cref="ArgumentException">Invalid input, or the sample denominator is not positive (e.g. one effective observation).</exception>
    public static double Variance(
        ReadOnlySpan<double> values, ReadOnlySpan<double> weights, WeightKind kind, VarianceEstimator estimator = VarianceEstimator.Sample)
    {
        Validate(values, weights);
        double mean = MeanCore(values, weights, out double v1);
        double ss = 0.0, v2 = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            double d = values[i] - mean;
            ss += weights[i] * d * d;
            v2 += weights[i] * weights[i];
        }

        double denominator = estimator == VarianceEstimator.Population ? v1
            : kind == WeightKind.Frequency ? v1 - 1.0
            : kind == WeightKind.Reliability ? v1 - (v2 / v1)
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown weight kind");
        if (!(denominator > 0.0))
        {
            throw new ArgumentException($"the {kind} sample-variance denominator is {denominator}: too few effective observations", nameof(weights));
        }

        return ss / denominator;
    }

    /// <summary>Kish's effective sample size (Σw)² / Σw².</summary>
    public static double EffectiveSampleSize(ReadOnlySpan<double> weights)
    {
        Moments.RequireFinite(weights, 1, nameof(weights));
        double v1 = 0.0, v2 = 0.0;
        foreach (double w in weights)
        {
            if (w < 0.0)
            {
                throw new ArgumentException("weights must be non-negative", nameof(weights));
            }

            v1 += w;
            v2 += w * w;
        }

        return v2 == 0.0 ? 0.0 : v1 * v1 / v2;
    }

    private static double MeanCore(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, out double sumWeights)
    {
        double sw = 0.0, swx = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            sw += weights[i];
            swx += weights[i] * values[i];
        }

        double mean = swx / sw;
        double correction = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            correction += weights[i] * (values[i] - mean);
        }

        sumWeights = sw;
        return mean + (correction / sw);
    }

    private static void Validate(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        Moments.RequireFinite(values, 1, nameof(values));
        Moments.RequireFinite(weights, 1, nameof(weights));
        if (values.Length != weights.Length)
        {
            throw new ArgumentException($"{weights.Length} weights for {values.Length} values", nameof(weights));
        }

        double sum = 0.0;
        foreach (double w in weights)
        {
            if (w < 0.0)
            {
                throw new ArgumentException("weights must be non-negative", nameof(weights));
            }

            sum += w;
        }

        if (!(sum > 0.0))
        {
            throw new ArgumentException("weights must have a positive sum", nameof(weights));
        }
    }
}
