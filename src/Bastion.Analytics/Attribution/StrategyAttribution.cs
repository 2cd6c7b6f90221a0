using Bastion.Analytics.Series;

namespace Bastion.Analytics.Attribution;

/// <summary>The attribution of one strategy in a tear sheet.</summary>
/// <param name="Name">Strategy name.</param>
/// <param name="Factors">Factor attribution, when factor returns were given.</param>
/// <param name="Styles">Style analysis, when style returns were given.</param>
public sealed record StrategyAttribution(string Name, FactorAttributionResult? Factors, StyleAnalysisResult? Styles)
{
    /// <summary>Computes every requested attribution for each strategy; empty when <paramref name="input"/> is null.</summary>
    /// <exception cref="ArgumentException">A strategy cannot be attributed (too few common dates, collinear factors…), naming it.</exception>
    /// <param name="input">The attribution inputs, or null.</param>
    /// <param name="strategies">Strategy returns.</param>
    /// <param name="periodsPerYear">The report's annualization (replaces <see cref="FactorAttributionOptions.PeriodsPerYear"/>).</param>
    public static IReadOnlyList<StrategyAttribution> For(ReportAttributionInput? input, IReadOnlyList<ReturnSeries> strategies, double periodsPerYear)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        if (input is null || (input.Factors is null && input.Styles is null))
        {
            return [];
        }

        FactorAttributionOptions options = input.FactorOptions with { PeriodsPerYear = periodsPerYear };
        return [.. strategies.Select(s => new StrategyAttribution(
            s.Name,
            input.Factors is null ? null : FactorAttribution.Compute(s, input.Factors, options),
            input.Styles is null ? null : StyleAnalysis.Compute(s, input.Styles, input.StyleWindow, periodsPerYear)))];
    }
}
