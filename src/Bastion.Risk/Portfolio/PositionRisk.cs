namespace Bastion.Risk.Portfolio;

/// <summary>
/// One position's share of a portfolio VaR and ES (positive = adds to the loss). Currency units of the portfolio.
/// Marginal: ∂VaR/∂vᵢ, the change in VaR per unit of currency added to position i (dimensionless).
/// Component (Euler): vᵢ · ∂VaR/∂vᵢ; components sum to the portfolio total.
/// Incremental: VaR(portfolio) − VaR(portfolio without position i), by full recomputation.
/// </summary>
/// <param name="Index">The position's index in the input.</param>
/// <param name="PositionValue">The position value vᵢ (currency).</param>
/// <param name="MarginalVaR">∂VaR/∂vᵢ.</param>
/// <param name="ComponentVaR">vᵢ ∂VaR/∂vᵢ (currency).</param>
/// <param name="IncrementalVaR">VaR − VaR without the position (currency).</param>
/// <param name="MarginalES">∂ES/∂vᵢ.</param>
/// <param name="ComponentES">vᵢ ∂ES/∂vᵢ (currency).</param>
/// <param name="IncrementalES">ES − ES without the position (currency).</param>
public readonly record struct PositionRisk(
    int Index,
    double PositionValue,
    double MarginalVaR,
    double ComponentVaR,
    double IncrementalVaR,
    double MarginalES,
    double ComponentES,
    double IncrementalES);
