namespace Bastion.Analytics.Drawdowns;

/// <summary>
/// One drawdown episode of a wealth index: from a peak, down to the valley, back to the peak level (recovery).
/// </summary>
/// <param name="PeakDate">Date of the wealth high the episode starts from (the series' start date when the first period lost).</param>
/// <param name="ValleyDate">Date of the lowest wealth in the episode.</param>
/// <param name="RecoveryDate">First date wealth is back at or above the peak; null while still under water.</param>
/// <param name="Depth">Peak-to-valley loss as a negative fraction (−0.25 = 25% below the peak).</param>
/// <param name="DurationPeriods">Periods from peak to recovery, or to the last observation when not recovered.</param>
/// <param name="PeakToValleyPeriods">Periods from peak to valley.</param>
public sealed record DrawdownPeriod(
    DateTimeOffset PeakDate,
    DateTimeOffset ValleyDate,
    DateTimeOffset? RecoveryDate,
    double Depth,
    int DurationPeriods,
    int PeakToValleyPeriods)
{
    /// <summary>Whether wealth has regained the peak.</summary>
    public bool Recovered => RecoveryDate is not null;
}
