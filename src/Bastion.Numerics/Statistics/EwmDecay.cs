namespace Bastion.Numerics.Statistics;

/// <summary>
/// The decay of an exponentially weighted statistic, named as in pandas <c>ewm</c>: smoothing factor α in (0, 1],
/// from a span s (α = 2/(s+1)), a centre of mass c (α = 1/(1+c)) or a half-life h in observations
/// (α = 1 − exp(−ln 2 / h)). RiskMetrics' λ = 0.94 is α = 0.06.
/// </summary>
public readonly record struct EwmDecay
{
    private EwmDecay(double alpha) => Alpha = alpha;

    /// <summary>The smoothing factor α: the weight of the newest observation (adjust=false).</summary>
    public double Alpha { get; }

    /// <summary>From α in (0, 1].</summary>
    public static EwmDecay FromAlpha(double alpha)
    {
        if (!(alpha > 0.0 && alpha <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 1]");
        }

        return new EwmDecay(alpha);
    }

    /// <summary>From a span s ≥ 1: α = 2/(s+1).</summary>
    public static EwmDecay FromSpan(double span)
    {
        if (!(span >= 1.0) || double.IsInfinity(span))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "span must be at least 1");
        }

        return new EwmDecay(2.0 / (span + 1.0));
    }

    /// <summary>From a centre of mass c ≥ 0: α = 1/(1+c).</summary>
    public static EwmDecay FromCenterOfMass(double centerOfMass)
    {
        if (!(centerOfMass >= 0.0) || double.IsInfinity(centerOfMass))
        {
            throw new ArgumentOutOfRangeException(nameof(centerOfMass), centerOfMass, "centre of mass must be non-negative");
        }

        return new EwmDecay(1.0 / (1.0 + centerOfMass));
    }

    /// <summary>From a half-life h &gt; 0 in observations: α = 1 − exp(−ln 2 / h).</summary>
    public static EwmDecay FromHalfLife(double halfLife)
    {
        if (!(halfLife > 0.0) || double.IsInfinity(halfLife))
        {
            throw new ArgumentOutOfRangeException(nameof(halfLife), halfLife, "half-life must be positive");
        }

        return new EwmDecay(1.0 - Math.Exp(-Math.Log(2.0) / halfLife));
    }
}
