namespace Bastion.Risk.VaR;

/// <summary>The joint distribution Monte Carlo scenarios are drawn from.</summary>
public enum ScenarioModel
{
    /// <summary>Multivariate normal N(μ, Σ): μ + L z with Σ = L Lᵀ (Cholesky).</summary>
    Normal = 1,

    /// <summary>
    /// Multivariate Student t with ν degrees of freedom scaled to covariance Σ: μ + √((ν − 2)/ν) · L z / √(W/ν), W ~ χ²_ν
    /// (one W per scenario: tail dependence across assets).
    /// </summary>
    StudentT = 2,

    /// <summary>Rows of the historical return matrix resampled with replacement (i.i.d. bootstrap).</summary>
    Bootstrap = 3,
}
