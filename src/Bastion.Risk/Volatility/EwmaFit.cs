namespace Bastion.Risk.Volatility;

/// <summary>An EWMA variance filter run over a return series.</summary>
/// <param name="Lambda">The decay λ used (0.94 is RiskMetrics' daily value).</param>
/// <param name="Variances">σ²ₜ for t = 0..n − 1, each known at the close of t − 1 (σ²₀ is the start value).</param>
/// <param name="NextVariance">σ²ₙ: the one-step-ahead forecast after the last return.</param>
/// <param name="LogLikelihood">Σ −½(ln 2π + ln σ²ₜ + rₜ²/σ²ₜ): the Gaussian log-likelihood of the returns (zero mean).</param>
/// <param name="LambdaEstimated">True when λ was chosen by maximum likelihood.</param>
public sealed record EwmaFit(double Lambda, double[] Variances, double NextVariance, double LogLikelihood, bool LambdaEstimated)
{
    /// <summary>The forecast one-day volatility √σ²ₙ (same units as the returns, not annualized).</summary>
    public double NextVolatility => Math.Sqrt(NextVariance);
}
