namespace Bastion.Numerics.Statistics;

/// <summary>
/// Exponentially weighted mean, variance and covariance series, one value per observation, matching pandas
/// <c>Series.ewm(alpha=…, adjust=…).mean()/.var(bias=…)/.cov(other, bias=…)</c> without missing values.
/// See <see cref="ExponentialCovarianceTracker"/> for the streaming O(1) form. Thread-safe.
/// </summary>
public static class ExponentialMoments
{
    /// <summary>The running exponentially weighted mean.</summary>
    public static double[] Mean(ReadOnlySpan<double> values, EwmDecay decay, bool adjust = true)
        => Run(values, values, decay, adjust, bias: true, mean: true, nameof(values));

    /// <summary>The running exponentially weighted variance (bias-corrected unless <paramref name="bias"/>; first value NaN then).</summary>
    public static double[] Variance(ReadOnlySpan<double> values, EwmDecay decay, bool adjust = true, bool bias = false)
        => Run(values, values, decay, adjust, bias, mean: false, nameof(values));

    /// <summary>The running exponentially weighted covariance of two equally long series.</summary>
    public static double[] Covariance(ReadOnlySpan<double> x, ReadOnlySpan<double> y, EwmDecay decay, bool adjust = true, bool bias = false)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}", nameof(y));
        }

        return Run(x, y, decay, adjust, bias, mean: false, nameof(x));
    }

    private static double[] Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, EwmDecay decay, bool adjust, bool bias, bool mean, string name)
    {
        Moments.RequireFinite(x, 1, name);
        Moments.RequireFinite(y, 1, name == nameof(x) ? nameof(y) : name);
        var tracker = new ExponentialCovarianceTracker(2, decay, adjust);
        var result = new double[x.Length];
        Span<double> pair = stackalloc double[2];
        for (int t = 0; t < x.Length; t++)
        {
            pair[0] = x[t];
            pair[1] = y[t];
            tracker.Update(pair);
            result[t] = mean ? tracker.Mean(0) : tracker.Covariance(1, 0, bias);
        }

        return result;
    }
}
