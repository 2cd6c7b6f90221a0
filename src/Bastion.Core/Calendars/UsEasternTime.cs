namespace Bastion.Core.Calendars;

/// <summary>
/// US Eastern time (America/New_York) computed from the US daylight-saving rules themselves, so calendars never
/// depend on the machine's time-zone database. Standard time is UTC−5, daylight time UTC−4.
/// Rules: from 2007 (Energy Policy Act of 2005) daylight time runs from the second Sunday of March 02:00 local
/// to the first Sunday of November 02:00 local; 1987–2006 from the first Sunday of April to the last Sunday of October;
/// 1967–1986 from the last Sunday of April to the last Sunday of October (the 1974–75 energy-crisis years are not modelled).
/// </summary>
public static class UsEasternTime
{
    private static readonly TimeSpan s_standard = TimeSpan.FromHours(-5);
    private static readonly TimeSpan s_daylight = TimeSpan.FromHours(-4);

    /// <summary>The first year these rules describe.</summary>
    public const int FirstYear = 1967;

    private const int CachedYears = 2200 - FirstYear;

    // UTC ticks at which daylight time starts and ends, per year from FirstYear, so OffsetAt is two array reads.
    private static readonly long[] s_startUtcTicks = new long[CachedYears];
    private static readonly long[] s_endUtcTicks = new long[CachedYears];

#pragma warning disable CA1810 // the tables are filled from the rules once; a static constructor keeps that in one place
    static UsEasternTime()
#pragma warning restore CA1810
    {
        for (int i = 0; i < CachedYears; i++)
        {
            (DateOnly start, DateOnly end) = DaylightSavingDates(FirstYear + i);

            // 02:00 EST = 07:00 UTC starts daylight time; 02:00 EDT = 06:00 UTC ends it.
            s_startUtcTicks[i] = start.ToDateTime(new TimeOnly(7, 0)).Ticks;
            s_endUtcTicks[i] = end.ToDateTime(new TimeOnly(6, 0)).Ticks;
        }
    }

    /// <summary>The local dates daylight time starts and ends in <paramref name="year"/> (each at 02:00 local).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1967 or after 9998.</exception>
    public static (DateOnly Start, DateOnly End) DaylightSavingDates(int year)
    {
        if (year is < FirstYear or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"US daylight-saving rules are modelled from {FirstYear}");
        }

        if (year >= 2007)
        {
            return (NthWeekday(year, 3, DayOfWeek.Sunday, 2), NthWeekday(year, 11, DayOfWeek.Sunday, 1));
        }

        DateOnly start = year >= 1987 ? NthWeekday(year, 4, DayOfWeek.Sunday, 1) : LastWeekday(year, 4, DayOfWeek.Sunday);
        return (start, LastWeekday(year, 10, DayOfWeek.Sunday));
    }

    /// <summary>The UTC offset in force at <paramref name="utc"/> in New York (−4 h in daylight time, −5 h otherwise).</summary>
    public static TimeSpan OffsetAt(DateTimeOffset utc)
    {
        long ticks = utc.UtcTicks;
        int i = utc.UtcDateTime.Year - FirstYear;
        if (unchecked((uint)i) < CachedYears)
        {
            return ticks >= s_startUtcTicks[i] && ticks < s_endUtcTicks[i] ? s_daylight : s_standard;
        }

        (DateOnly start, DateOnly end) = DaylightSavingDates(utc.UtcDateTime.Year);
        return ticks >= start.ToDateTime(new TimeOnly(7, 0)).Ticks && ticks < end.ToDateTime(new TimeOnly(6, 0)).Ticks ? s_daylight : s_standard;
    }

    /// <summary>Converts a UTC instant to New York local time (the returned value carries the local offset).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset utc) => utc.ToOffset(OffsetAt(utc));

    /// <summary>
    /// Converts a New York wall-clock time to UTC. A time skipped by the spring-forward gap is read as standard time
    /// (02:30 becomes 03:30 daylight); an ambiguous autumn time is read as daylight time (the first occurrence).
    /// </summary>
    public static DateTimeOffset ToUtc(DateOnly localDate, TimeOnly localTime)
    {
        DateTime local = localDate.ToDateTime(localTime, DateTimeKind.Unspecified);
        (DateOnly start, DateOnly end) = DaylightSavingDates(localDate.Year);
        DateTime startLocal = start.ToDateTime(new TimeOnly(2, 0));
        DateTime endLocal = end.ToDateTime(new TimeOnly(1, 0));
        TimeSpan offset = local >= startLocal.AddHours(1) && local < endLocal.AddHours(1) ? s_daylight : s_standard;
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The <paramref name="n"/>-th (1-based) <paramref name="day"/> of a month.</summary>
    internal static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        int shift = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }

    /// <summary>The last <paramref name="day"/> of a month.</summary>
    internal static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int shift = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-shift);
    }
}
