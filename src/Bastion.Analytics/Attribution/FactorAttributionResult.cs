namespace Bastion.Analytics.Attribution;

/// <summary>
/// OLS of excess returns on factor returns with Newey–West standard errors, and the split of the mean excess return
/// into alpha + Σ β_k × mean(f_k) (the residual has mean zero). Per-period figures are fractions; annual figures are
/// per-period × <see cref="PeriodsPerYear"/>.
/// </summary>
public sealed record FactorAttributionResult
{
    /// <summary>Strategy name.</summary>
    public required string Name { get; init; }

    /// <summary>Dates used (common to strategy and factors).</summary>
    public required IReadOnlyList<DateTimeOffset> Dates { get; init; }

    /// <summary>Strategy dates without a factor row (left out).</summary>
    public required int DroppedStrategyDates { get; init; }

    /// <summary>Factor dates without a strategy return (left out).</summary>
    public required int DroppedFactorDates { get; init; }

    /// <summary>Newey–West lag used.</summary>
    public required int Lags { get; init; }

    /// <summary>Annualization factor.</summary>
    public required double PeriodsPerYear { get; init; }

    /// <summary>Intercept per period, with its HAC statistics.</summary>
    public required Coefficient Alpha { get; init; }

    /// <summary>Alpha × periods per year.</summary>
    public double AnnualAlpha => Alpha.Estimate * PeriodsPerYear;

    /// <summary>Loadings and contributions, in factor-column order.</summary>
    public required IReadOnlyList<FactorExposure> Factors { get; init; }

    /// <summary>R² of the regression.</summary>
    public required double RSquared { get; init; }

    /// <summary>Adjusted R².</summary>
    public required double AdjustedRSquared { get; init; }

    /// <summary>Mean excess return per period (= alpha + Σ contributions).</summary>
    public required double MeanExcessReturn { get; init; }

    /// <summary>Residual standard deviation √(RSS/(n − k)) × √(periods per year).</summary>
    public required double AnnualResidualVolatility { get; init; }

    /// <summary>Cumulative (summed, not compounded) contribution of each factor over time: Σ_{s≤t} β_k f_k,s; [factor][t].</summary>
    public required IReadOnlyList<double[]> CumulativeFactorContributions { get; init; }

    /// <summary>Cumulative alpha over time: (t + 1) α.</summary>
    public required double[] CumulativeAlpha { get; init; }

    /// <summary>Cumulative residual over time: Σ_{s≤t} ε_s (ends at 0).</summary>
    public required double[] CumulativeResidual { get; init; }

    /// <summary>Cumulative excess return (summed): equals alpha + factors + residual at every t.</summary>
    public required double[] CumulativeExcessReturn { get; init; }
}
