namespace Bastion.Risk.Portfolio;

/// <summary>
/// One factor's share of a portfolio VaR and ES (positive = adds to the loss), in the units of the portfolio figures.
/// Marginal: ∂VaR/∂bⱼ, the change in VaR per unit of factor exposure. Component (Euler): bⱼ · ∂VaR/∂bⱼ. The components of all
/// factors plus the specific part sum to the total.
/// </summary>
/// <param name="Index">The factor's index in the model.</param>
/// <param name="Exposure">The portfolio exposure bⱼ = Σᵢ wᵢ Bᵢⱼ.</param>
/// <param name="MarginalVaR">∂VaR/∂bⱼ.</param>
/// <param name="ComponentVaR">bⱼ ∂VaR/∂bⱼ.</param>
/// <param name="MarginalES">∂ES/∂bⱼ.</param>
/// <param name="ComponentES">bⱼ ∂ES/∂bⱼ.</param>
public readonly record struct FactorRisk(int Index, double Exposure, double MarginalVaR, double ComponentVaR, double MarginalES, double ComponentES);
