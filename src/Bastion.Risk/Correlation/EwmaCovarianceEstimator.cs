using Bastion.Numerics.Statistics;

namespace Bastion.Risk.Correlation;

/// <summary>
/// RiskMetrics-style exponentially weighted covariance and correlation of n assets with decay λ (weights ∝ λ^age):
/// pandas <c>DataFrame.ewm(alpha=1 − λ, adjust=False).cov(bias=…)</c> step for step, the mean updated as
/// m ← λm + (1 − λ)x, one observation at a time in O(n²) without allocation (Numerics' <see cref="ExponentialCovarianceTracker"/>).
/// Unlike RiskMetrics' zero-mean form the mean is tracked, as pandas does. By default the estimate is bias-corrected as
/// pandas' <c>bias=False</c> (undefined, NaN, after one observation). A mutable state machine with one owner: not thread-safe.
/// </summary>
public sealed class EwmaCovarianceEstimator : IStreamingCovariance
{
    /// <summary>RiskMetrics' daily decay factor, 0.94.</summary>
    public const double RiskMetricsLambda = 0.94;

    private readonly ExponentialCovarianceTracker _tracker;
    private readonly bool _bias;
    private readonly double[] _inverseSd;

    /// <summary>Creates an empty estimator.</summary>
    /// <param name="assets">Number of assets n ≥ 1.</param>
    /// <param name="lambda">Decay factor λ in (0, 1): the weight kept by the previous estimate each step.</param>
    /// <param name="bias">True for the weighted population covariance, false (default, pandas) for the bias-corrected one.</param>
    public EwmaCovarianceEstimator(int assets, double lambda = RiskMetricsLambda, bool bias = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(assets);
        if (!(lambda > 0.0 && lambda < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "lambda must be in (0, 1), e.g. 0.94");
        }

        Lambda = lambda;
        _bias = bias;
        _tracker = new ExponentialCovarianceTracker(assets, EwmDecay.FromAlpha(1.0 - lambda), adjust: false);
        _inverseSd = new double[assets];
    }

    /// <summary>The decay factor λ.</summary>
    public double Lambda { get; }

    /// <inheritdoc />
    public int Assets => _tracker.Series;

    /// <inheritdoc />
    public long Count => _tracker.Count;

    /// <summary>Whether the estimate is defined: one observation with <c>bias</c>, two without.</summary>
    public bool IsReady => _tracker.Count >= (_bias ? 1 : 2);

    /// <inheritdoc />
    public void Update(ReadOnlySpan<double> observation)
    {
        StreamingGuard.Observation(observation, Assets, nameof(observation));
        _tracker.Update(observation);
    }

    /// <inheritdoc />
    public void CopyCovariance(double[,] destination)
    {
        StreamingGuard.Destination(destination, Assets, nameof(destination));
        _tracker.CopyCovariance(destination, _bias);
    }

    /// <inheritdoc />
    public void CopyCorrelation(double[,] destination)
    {
        CopyCovariance(destination);
        CorrelationMatrices.Standardize(destination, _inverseSd);
    }
}
