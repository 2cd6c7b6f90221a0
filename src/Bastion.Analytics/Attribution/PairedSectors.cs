namespace Bastion.Analytics.Attribution;

/// <summary>Portfolio and benchmark sector rows joined into attribution periods.</summary>
/// <param name="Periods">One period per date both files have, in date order.</param>
/// <param name="DroppedPortfolioDates">Dates only the portfolio file has (left out).</param>
/// <param name="DroppedBenchmarkDates">Dates only the benchmark file has (left out).</param>
/// <param name="LargestWeightAdjustment">Largest |Σw − 1| that was rescaled away (0 when the weights summed to 1).</param>
public sealed record PairedSectors(
    IReadOnlyList<BrinsonPeriod> Periods,
    IReadOnlyList<DateTimeOffset> DroppedPortfolioDates,
    IReadOnlyList<DateTimeOffset> DroppedBenchmarkDates,
    double LargestWeightAdjustment);
