namespace Bastion.Analytics.Attribution;

/// <summary>One line of a sector file: a sector's weight at the start of the period ending on <paramref name="Date"/> and its return over it.</summary>
/// <param name="Date">Period end.</param>
/// <param name="Sector">Sector name (case-sensitive).</param>
/// <param name="Weight">Weight, a fraction (0.25 = 25%).</param>
/// <param name="Return">Return over the period, a fraction.</param>
/// <param name="Line">1-based line number in the file (0 when not from a file).</param>
public readonly record struct SectorRow(DateTimeOffset Date, string Sector, double Weight, double Return, int Line);
