namespace Bastion.Risk.Simulation;

/// <summary>
/// One asset's GARCH(1,1) / GJR-GARCH(1,1,1) recursion in the units of simple returns (fractions, not percent):
/// rₜ = μ + εₜ, εₜ = σₜ ηₜ, σ²ₜ₊₁ = ω + (α + γ·1[εₜ &lt; 0]) ε²ₜ + β σ²ₜ, ηₜ of unit variance.
/// </summary>
/// <param name="Mean">μ, the daily mean return.</param>
/// <param name="Omega">ω &gt; 0 (squared return units).</param>
/// <param name="Alpha">α ≥ 0.</param>
/// <param name="Gamma">γ (0 for plain GARCH), α + γ ≥ 0.</param>
/// <param name="Beta">β ≥ 0.</param>
/// <param name="StartVariance">σ² of the first simulated day: the one-step-ahead forecast of the fit (squared return units).</param>
public readonly record struct GarchAssetParameters(double Mean, double Omega, double Alpha, double Gamma, double Beta, double StartVariance)
{
    /// <summary>Variance persistence α + γ/2 + β (a symmetric innovation is negative half the time).</summary>
    public double Persistence => Alpha + (0.5 * Gamma) + Beta;

    /// <summary>The unconditional variance ω / (1 − α − γ/2 − β) (squared return units); +∞ when not covariance-stationary.</summary>
    public double UnconditionalVariance => Persistence < 1.0 ? Omega / (1.0 - Persistence) : double.PositiveInfinity;
}
