namespace Bastion.Analytics.Attribution;

/// <summary>The sectors of one attribution period, ending at <paramref name="Date"/>.</summary>
/// <param name="Date">End of the period (the weights are held from the previous period's end to this date).</param>
/// <param name="Sectors">One entry per sector; portfolio weights and benchmark weights each sum to 1.</param>
public sealed record BrinsonPeriod(DateTimeOffset Date, IReadOnlyList<SectorExposure> Sectors);
