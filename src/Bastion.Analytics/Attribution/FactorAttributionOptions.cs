namespace Bastion.Analytics.Attribution;

/// <summary>Settings of <see cref="FactorAttribution.Compute"/>.</summary>
public sealed record FactorAttributionOptions
{
    /// <summary>Periods per year for annualizing alpha and contributions (arithmetic: × N). 252 by default.</summary>
    public double PeriodsPerYear { get; init; } = 252;

    /// <summary>Newey–West lag L; null chooses ⌊4 (n/100)^(2/9)⌋ (Newey–West 1994).</summary>
    public int? Lags { get; init; }

    /// <summary>
    /// Column of the factor panel holding the risk-free rate per period; it is subtracted from the strategy returns
    /// and is not a regressor. Null when the strategy returns are already excess returns. <c>RF</c> by default
    /// (Ken French's layout).
    /// </summary>
    public string? RiskFreeColumn { get; init; } = "RF";

    /// <summary>Multiply the HAC covariance by n/(n − k) (statsmodels <c>use_correction=True</c>). False by default, as statsmodels.</summary>
    public bool SmallSampleCorrection { get; init; }
}
