namespace Bastion.Core.Calendars;

/// <summary>
/// <c>24x7</c>: a market that never closes (crypto venues). Each UTC calendar day is one session from 00:00 UTC to
/// 00:00 UTC the next day. Immutable and thread-safe.
/// </summary>
public sealed class AlwaysOpenCalendar : ITradingCalendar
{
    /// <summary>The shared instance.</summary>
    public static AlwaysOpenCalendar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "24x7";

    /// <inheritdoc />
    public bool IsTradingDay(DateOnly date) => true;

    /// <inheritdoc />
    public bool IsOpen(DateTimeOffset utc) => true;

    /// <inheritdoc />
    public bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc)
    {
        openUtc = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        closeUtc = date == DateOnly.MaxValue ? DateTimeOffset.MaxValue : openUtc.AddDays(1);
        return true;
    }
}
