namespace Bastion.Core.Calendars;

/// <summary>
/// New York Stock Exchange regular session: 09:30–16:00 America/New_York on weekdays that are not exchange holidays,
/// 13:00 closes on the scheduled half days (the day before or after Independence Day, the day after Thanksgiving,
/// Christmas Eve) and the recorded unscheduled closures, early closes and late openings. Time-zone arithmetic uses
/// <see cref="UsEasternTime"/>, never the machine's tz database. Supported dates: 1990-01-01 to 2099-12-31
/// (unscheduled closures after today are, of course, unknown). Immutable and thread-safe.
/// </summary>
public sealed class XnysCalendar : ITradingCalendar
{
    private static readonly TimeOnly s_open = new(9, 30);
    private static readonly TimeOnly s_close = new(16, 0);

    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly Dictionary<DateOnly, TimeOnly> _earlyCloses = [];
    private readonly Dictionary<DateOnly, TimeOnly> _lateOpens = [];

    private XnysCalendar()
    {
        for (int year = FirstSupportedDate.Year; year <= LastSupportedDate.Year; year++)
        {
            foreach ((DateOnly date, string name) in NyseRules.Holidays(year))
            {
                _holidays.TryAdd(date, name);
            }

            foreach ((DateOnly date, TimeOnly close) in NyseRules.EarlyCloses(year))
            {
                if (!_holidays.ContainsKey(date) && !IsWeekend(date))
                {
                    _earlyCloses[date] = close;
                }
            }

            foreach ((DateOnly date, TimeOnly open) in NyseRules.LateOpens(year))
            {
                _lateOpens[date] = open;
            }
        }
    }

    /// <summary>The first date the calendar answers for.</summary>
    public static DateOnly FirstSupportedDate { get; } = new(1990, 1, 1);

    /// <summary>The last date the calendar answers for.</summary>
    public static DateOnly LastSupportedDate { get; } = new(2099, 12, 31);

    /// <summary>The shared instance (declared after the supported range, which its construction reads).</summary>
    public static XnysCalendar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "XNYS";

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1990–2099.</exception>
    public bool IsTradingDay(DateOnly date)
    {
        EnsureSupported(date);
        return !IsWeekend(date) && !_holidays.ContainsKey(date);
    }

    /// <summary>True when <paramref name="date"/> is a weekday on which the exchange is closed; <paramref name="name"/> says why.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1990–2099.</exception>
    public bool TryGetHoliday(DateOnly date, out string name)
    {
        EnsureSupported(date);
        if (_holidays.TryGetValue(date, out string? found))
        {
            name = found;
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>True when <paramref name="date"/> is a trading day that closes before 16:00; <paramref name="localClose"/> is the New York close time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1990–2099.</exception>
    public bool IsEarlyClose(DateOnly date, out TimeOnly localClose)
    {
        EnsureSupported(date);
        return _earlyCloses.TryGetValue(date, out localClose);
    }

    /// <summary>The weekday holidays between two dates inclusive, in date order.</summary>
    public IReadOnlyList<(DateOnly Date, string Name)> Holidays(DateOnly from, DateOnly to)
        => [.. _holidays.Where(h => h.Key >= from && h.Key <= to).OrderBy(h => h.Key).Select(h => (h.Key, h.Value))];

    /// <summary>The early closes between two dates inclusive, in date order, with their New York close times.</summary>
    public IReadOnlyList<(DateOnly Date, TimeOnly LocalClose)> EarlyCloses(DateOnly from, DateOnly to)
        => [.. _earlyCloses.Where(h => h.Key >= from && h.Key <= to).OrderBy(h => h.Key).Select(h => (h.Key, h.Value))];

    /// <inheritdoc />
    public bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc)
    {
        if (!IsTradingDay(date))
        {
            openUtc = default;
            closeUtc = default;
            return false;
        }

        TimeOnly open = _lateOpens.TryGetValue(date, out TimeOnly late) ? late : s_open;
        TimeOnly close = _earlyCloses.TryGetValue(date, out TimeOnly early) ? early : s_close;
        openUtc = UsEasternTime.ToUtc(date, open);
        closeUtc = UsEasternTime.ToUtc(date, close);
        return true;
    }

    /// <inheritdoc />
    public bool IsOpen(DateTimeOffset utc)
    {
        var localDate = DateOnly.FromDateTime(UsEasternTime.ToLocal(utc).DateTime);
        return TryGetSession(localDate, out DateTimeOffset open, out DateTimeOffset close) && utc >= open && utc < close;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static void EnsureSupported(DateOnly date)
    {
        if (date < FirstSupportedDate || date > LastSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"XNYS calendar covers {FirstSupportedDate:yyyy-MM-dd} to {LastSupportedDate:yyyy-MM-dd}");
        }
    }
}
