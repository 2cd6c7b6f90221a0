namespace Bastion.Risk.Stress;

/// <summary>The outcome of one hypothetical scenario (currency, or fractions when weights were given).</summary>
/// <param name="Scenario">The scenario applied.</param>
/// <param name="PositionPnL">vᵢ βᵢ S for each position (signed: negative is a loss).</param>
/// <param name="ShockPnL">Σ vᵢ βᵢ S (signed).</param>
/// <param name="StressedValueAtRisk">One-day normal VaR after the shock with volatility × multiplier: m · z_c · √(vᵀΣv) (positive).</param>
/// <param name="StressedLoss">−ShockPnL + StressedValueAtRisk: the shock plus a stressed day at the confidence level (positive = loss).</param>
public sealed record StressResult(StressScenario Scenario, double[] PositionPnL, double ShockPnL, double StressedValueAtRisk, double StressedLoss);
