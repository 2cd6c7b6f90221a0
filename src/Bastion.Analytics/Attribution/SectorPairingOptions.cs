namespace Bastion.Analytics.Attribution;

/// <summary>How <see cref="SectorPairing.Pair"/> treats imperfect inputs.</summary>
public sealed record SectorPairingOptions
{
    /// <summary>
    /// Largest accepted |Σw − 1| per date and side (0.001 by default: rounding in exported weights). Within it the
    /// weights are rescaled to sum to exactly 1; beyond it the input is rejected.
    /// </summary>
    public double WeightTolerance { get; init; } = 0.001;

    /// <summary>Reject dates that only one file has, instead of dropping them.</summary>
    public bool RequireSameDates { get; init; }
}
