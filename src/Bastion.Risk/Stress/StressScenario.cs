namespace Bastion.Risk.Stress;

/// <summary>A hypothetical market scenario.</summary>
/// <param name="Name">A label, e.g. "2008 crisis".</param>
/// <param name="MarketShock">The instantaneous market (benchmark) return, e.g. −0.37 for −37%.</param>
/// <param name="VolatilityMultiplier">The factor applied to volatility after the shock (≥ 0, e.g. 2.5).</param>
public sealed record StressScenario(string Name, double MarketShock, double VolatilityMultiplier)
{
    /// <summary>
    /// The built-in set: 2008 crisis −37% / 2.5× vol, 2020 COVID −34% / 3×, flash crash −10% / 5×, correction −10% / 1.5×,
    /// stagflation −15% / 1.8×.
    /// </summary>
    public static IReadOnlyList<StressScenario> BuiltIn { get; } =
    [
        new("2008 crisis", -0.37, 2.5),
        new("2020 COVID", -0.34, 3.0),
        new("flash crash", -0.10, 5.0),
        new("correction", -0.10, 1.5),
        new("stagflation", -0.15, 1.8),
    ];
}
