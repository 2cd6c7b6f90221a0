namespace Bastion.Core.Calendars;

/// <summary>
/// <c>24x5</c>: the spot forex week, open from Sunday 17:00 to Friday 17:00 New York time. The trade date rolls at
/// 17:00 New York: the session of trading day D (Monday to Friday) runs from 17:00 New York on the previous
/// calendar day to 17:00 New York on D. No holidays are modelled (liquidity thins on 25 December and 1 January but
/// interbank dealing does not stop). Immutable and thread-safe.
/// </summary>
public sealed class ForexWeekCalendar : ITradingCalendar
{
    private static readonly TimeOnly s_roll = new(17, 0);

    /// <summary>The shared instance.</summary>
    public static ForexWeekCalendar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "24x5";

    /// <inheritdoc />
    public bool IsTradingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <inheritdoc />
    public bool IsOpen(DateTimeOffset utc)
    {
        DateTimeOffset local = UsEasternTime.ToLocal(utc);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return local.DayOfWeek switch
        {
            DayOfWeek.Saturday => false,
            DayOfWeek.Sunday => time >= s_roll,
            DayOfWeek.Friday => time < s_roll,
            _ => true,
        };
    }

    /// <inheritdoc />
    public bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc)
    {
        if (!IsTradingDay(date))
        {
            openUtc = default;
            closeUtc = default;
            return false;
        }

        openUtc = UsEasternTime.ToUtc(date.AddDays(-1), s_roll);
        closeUtc = UsEasternTime.ToUtc(date, s_roll);
        return true;
    }
}
