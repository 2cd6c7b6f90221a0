namespace Bastion.Portfolio.Rebalancing;

/// <summary>
/// Volatility targeting: exposure = min(target σ / realized σ, leverage cap), smoothed as
/// sₜ = sₜ₋₁ + α (rawₜ − sₜ₋₁) so that positions do not jump with every wiggle of the estimate. A state machine with one
/// owner (it remembers the last exposure): not thread-safe.
/// </summary>
public sealed class VolatilityTargeting
{
    private double? _exposure;

    /// <summary>Creates a targeting rule.</summary>
    /// <param name="targetVolatility">Annualized target volatility (e.g. 0.10).</param>
    /// <param name="leverageCap">Largest exposure allowed (e.g. 1.5 = 150% gross).</param>
    /// <param name="smoothing">α in (0, 1]: 1 = no smoothing.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public VolatilityTargeting(double targetVolatility, double leverageCap = 1.0, double smoothing = 1.0)
    {
        if (!(targetVolatility > 0 && double.IsFinite(targetVolatility)))
        {
            throw new ArgumentOutOfRangeException(nameof(targetVolatility), targetVolatility, "target volatility must be positive");
        }

        if (!(leverageCap > 0 && double.IsFinite(leverageCap)))
        {
            throw new ArgumentOutOfRangeException(nameof(leverageCap), leverageCap, "leverage cap must be positive");
        }

        if (!(smoothing > 0 && smoothing <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(smoothing), smoothing, "smoothing must be in (0, 1]");
        }

        TargetVolatility = targetVolatility;
        LeverageCap = leverageCap;
        Smoothing = smoothing;
    }

    /// <summary>Annualized target volatility.</summary>
    public double TargetVolatility { get; }

    /// <summary>Largest exposure.</summary>
    public double LeverageCap { get; }

    /// <summary>Smoothing α.</summary>
    public double Smoothing { get; }

    /// <summary>The next exposure multiplier for a realized (annualized) volatility; the first call starts unsmoothed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Volatility is not positive.</exception>
    public double NextExposure(double realizedVolatility)
    {
        if (!(realizedVolatility > 0 && double.IsFinite(realizedVolatility)))
        {
            throw new ArgumentOutOfRangeException(nameof(realizedVolatility), realizedVolatility, "realized volatility must be positive");
        }

        double raw = Math.Min(TargetVolatility / realizedVolatility, LeverageCap);
        double next = _exposure is double last ? last + (Smoothing * (raw - last)) : raw;
        _exposure = next;
        return next;
    }
}
