namespace Bastion.Risk.Limits;

/// <summary>
/// Limits as positive numbers; null switches a limit off. Weights and losses are fractions of portfolio value; a limit
/// warns when the figure reaches <see cref="WarnFraction"/> of it and breaches when the figure exceeds it.
/// </summary>
public sealed record RiskLimits
{
    /// <summary>Largest |weight| of one position.</summary>
    public double? MaxPositionWeight { get; init; }

    /// <summary>Largest |net weight| of one sector.</summary>
    public double? MaxSectorWeight { get; init; }

    /// <summary>Largest pairwise correlation between two held positions.</summary>
    public double? MaxPairwiseCorrelation { get; init; }

    /// <summary>VaR budget: the largest portfolio VaR (positive fraction).</summary>
    public double? VaRBudget { get; init; }

    /// <summary>Largest daily loss (positive fraction).</summary>
    public double? MaxDailyLoss { get; init; }

    /// <summary>Largest gross exposure Σ|wᵢ|.</summary>
    public double? MaxGrossExposure { get; init; }

    /// <summary>Largest |net exposure| |Σwᵢ|.</summary>
    public double? MaxNetExposure { get; init; }

    /// <summary>Most days to liquidate one position at the participation rate.</summary>
    public double? MaxDaysToLiquidate { get; init; }

    /// <summary>Share of average daily volume that may be traded per day when liquidating (default 0.1).</summary>
    public double ParticipationRate { get; init; } = 0.1;

    /// <summary>Warning level as a fraction of each limit (default 0.8).</summary>
    public double WarnFraction { get; init; } = 0.8;
}
