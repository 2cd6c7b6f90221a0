using Bastion.Risk.VaR;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// A portfolio VaR/ES attributed to factors and the specific (idiosyncratic) remainder:
/// Σⱼ Factors[j].ComponentVaR + SpecificVaR = Total.ValueAtRisk, and the same for ES. Immutable.
/// </summary>
/// <param name="Total">The portfolio VaR and ES.</param>
/// <param name="Factors">One entry per factor, in model order.</param>
/// <param name="SpecificVaR">The specific component of the VaR (the part not explained by the factor exposures, including the specific mean).</param>
/// <param name="SpecificES">The specific component of the ES.</param>
public sealed record FactorRiskDecomposition(RiskEstimate Total, IReadOnlyList<FactorRisk> Factors, double SpecificVaR, double SpecificES);
