namespace Bastion.Risk.Volatility;

/// <summary>
/// How a variance recursion (EWMA, GARCH) is started: the pre-sample values of σ² and ε² are both set to this value s,
/// so σ²₁ = ω + (α + γ/2 + β)s for GARCH/GJR and σ²₁ = s for EWMA. Named because it moves the log-likelihood and estimates.
/// </summary>
public enum VarianceStart
{
    /// <summary>s = (1/n) Σ εₜ²: the mean squared residual over the whole sample (Fiorentini–Calzolari–Panattoni and the Brooks–Burke–Persand benchmark convention).</summary>
    SampleVariance = 1,

    /// <summary>
    /// The <c>arch</c> package's backcast: s = Σⱼ wⱼ εⱼ² over the first τ = min(75, n) residuals with wⱼ = 0.94ʲ / Σₖ 0.94ᵏ
    /// (arch <c>VolatilityProcess.backcast</c>: <c>tau = min(75, nobs); w = 0.94 ** arange(tau); w = w / sum(w)</c>).
    /// </summary>
    Backcast = 2,
}
