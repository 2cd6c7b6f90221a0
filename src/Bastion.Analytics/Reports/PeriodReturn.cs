namespace Bastion.Analytics.Reports;

/// <summary>A compounded return over a calendar month (Month 1–12) or year (Month 0).</summary>
/// <param name="Year">Calendar year (UTC).</param>
/// <param name="Month">Month 1–12, or 0 for a whole year.</param>
/// <param name="Return">Compounded simple return over the period's observations.</param>
public sealed record PeriodReturn(int Year, int Month, double Return);
