namespace Bastion.Risk.Volatility;

/// <summary>The conditional variance equation.</summary>
public enum VolatilityModel
{
    /// <summary>GARCH(1,1): σ²ₜ = ω + α ε²ₜ₋₁ + β σ²ₜ₋₁ (Bollerslev, 1986).</summary>
    Garch = 1,

    /// <summary>GJR-GARCH(1,1,1): σ²ₜ = ω + (α + γ·1[εₜ₋₁ &lt; 0]) ε²ₜ₋₁ + β σ²ₜ₋₁ (Glosten, Jagannathan and Runkle, 1993); arch's <c>o=1</c>.</summary>
    GjrGarch = 2,
}
