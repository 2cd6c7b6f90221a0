namespace Bastion.Analytics.Attribution;

/// <summary>Returns-based style analysis of one fund over the whole sample and, optionally, rolling windows.</summary>
/// <param name="Name">Fund (strategy) name.</param>
/// <param name="Styles">Style names, in column order.</param>
/// <param name="Observations">Common dates used.</param>
/// <param name="DroppedFundDates">Fund dates without a style row (left out).</param>
/// <param name="DroppedStyleDates">Style dates without a fund return (left out).</param>
/// <param name="Full">Weights and R² over the whole sample (dated at its last date).</param>
/// <param name="AnnualTrackingVolatility">Sample standard deviation (ddof = 1) of the tracking difference × √(periods per year).</param>
/// <param name="MeanTrackingDifference">Mean of r − Σ w_i s_i per period: the part of the return the styles do not explain (selection).</param>
/// <param name="Rolling">One entry per window end when a window was given; empty otherwise.</param>
public sealed record StyleAnalysisResult(
    string Name,
    IReadOnlyList<string> Styles,
    int Observations,
    int DroppedFundDates,
    int DroppedStyleDates,
    StyleWeights Full,
    double AnnualTrackingVolatility,
    double MeanTrackingDifference,
    IReadOnlyList<StyleWeights> Rolling);
