namespace Bastion.Analytics.Attribution;

/// <summary>Optional attribution inputs of a tear sheet: factor returns and/or style-index returns.</summary>
public sealed record ReportAttributionInput
{
    /// <summary>Factor returns (fractions) in Fama–French layout, with the risk-free column named by <see cref="FactorOptions"/>.</summary>
    public ReturnPanel? Factors { get; init; }

    /// <summary>Lags and risk-free column for the factor regression (annualization comes from the report's options).</summary>
    public FactorAttributionOptions FactorOptions { get; init; } = new();

    /// <summary>Style-index returns (fractions) for returns-based style analysis.</summary>
    public ReturnPanel? Styles { get; init; }

    /// <summary>Rolling style window in periods (null: whole sample only).</summary>
    public int? StyleWindow { get; init; }

    /// <summary>A Brinson–Fachler attribution of the portfolio against its benchmark by sector (shown once, not per strategy).</summary>
    public BrinsonResult? Brinson { get; init; }
}
