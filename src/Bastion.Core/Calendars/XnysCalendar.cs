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

    // Session of each supported local date as seconds after 00:00 UTC of that date (the whole NYSE day lies within one
    // UTC date); 0/0 marks a closed day. Precomputed so the per-bar IsOpen is two array reads, no DST arithmetic.
    private readonly int[] _openSecondsUtc;
    private readonly int[] _closeSecondsUtc;
    private readonly int _firstDayNumber;

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

        _firstDayNumber = FirstSupportedDate.DayNumber;
        int days = LastSupportedDate.DayNumber - _firstDayNumber + 1;
        _openSecondsUtc = new int[days];
        _closeSecondsUtc = new int[days];
        for (int i = 0; i < days; i++)
        {
            DateOnly date = DateOnly.FromDayNumber(_firstDayNumber + i);
            if (IsWeekend(date) || _holidays.ContainsKey(date))
            {
                continue;
            }

            long midnight = date.ToDateTime(TimeOnly.MinValue).Ticks;
            TimeOnly open = _lateOpens.TryGetValue(date, out TimeOnly late) ? late : s_open;
            TimeOnly close = _earlyCloses.TryGetValue(date, out TimeOnly early) ? early : s_close;
            _openSecondsUtc[i] = (int)((UsEasternTime.ToUtc(date, open).UtcTicks - midnight) / TimeSpan.TicksPerSecond);
            _closeSecondsUtc[i] = (int)((UsEasternTime.ToUtc(date, close).UtcTicks - midnight) / TimeSpan.TicksPerSecond);
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
        return _closeSecondsUtc[date.DayNumber - _firstDayNumber] != 0;
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
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1990–2099.</exception>
    public bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc)
    {
        EnsureSupported(date);
        int i = date.DayNumber - _firstDayNumber;
        if (_closeSecondsUtc[i] == 0)
        {
            openUtc = default;
            closeUtc = default;
            return false;
        }

        var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        openUtc = midnight.AddSeconds(_openSecondsUtc[i]);
        closeUtc = midnight.AddSeconds(_closeSecondsUtc[i]);
        return true;
    }

    /// <inheritdoc />
    /// <remarks>Instants whose UTC date is outside 1990–2099 are reported closed.</remarks>
    public bool IsOpen(DateTimeOffset utc)
    {
        long ticks = utc.UtcTicks;
        int i = (int)(ticks / TimeSpan.TicksPerDay) - _firstDayNumber;
        if (unchecked((uint)i) >= (uint)_closeSecondsUtc.Length || _closeSecondsUtc[i] == 0)
        {
            return false;
        }

        long tickOfDay = ticks % TimeSpan.TicksPerDay;
        return tickOfDay >= _openSecondsUtc[i] * TimeSpan.TicksPerSecond && tickOfDay < _closeSecondsUtc[i] * TimeSpan.TicksPerSecond;
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
