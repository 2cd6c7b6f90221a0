namespace Bastion.Core.Calendars;

/// <summary>
/// The New York Stock Exchange's holiday and shortened-session rules (NYSE Rule 7.2 and the exchange's announced
/// closures), year by year. Regular holidays follow the weekend observance rule: a holiday on Saturday is observed
/// the Friday before, on Sunday the Monday after; New Year's Day on a Saturday is not observed at all (the Friday
/// is the last trading day of the year, an accounting period end).
/// </summary>
internal static class NyseRules
{
    /// <summary>Unscheduled full-day closures in the supported range.</summary>
    private static readonly (DateOnly Date, string Name)[] s_specialClosures =
    [
        (new DateOnly(1994, 4, 27), "National day of mourning (President Nixon)"),
        (new DateOnly(2001, 9, 11), "September 11 attacks"),
        (new DateOnly(2001, 9, 12), "September 11 attacks"),
        (new DateOnly(2001, 9, 13), "September 11 attacks"),
        (new DateOnly(2001, 9, 14), "September 11 attacks"),
        (new DateOnly(2004, 6, 11), "National day of mourning (President Reagan)"),
        (new DateOnly(2007, 1, 2), "National day of mourning (President Ford)"),
        (new DateOnly(2012, 10, 29), "Hurricane Sandy"),
        (new DateOnly(2012, 10, 30), "Hurricane Sandy"),
        (new DateOnly(2018, 12, 5), "National day of mourning (President George H. W. Bush)"),
        (new DateOnly(2025, 1, 9), "National day of mourning (President Carter)"),
    ];

    /// <summary>Unscheduled shortened sessions (local close time) in the supported range.</summary>
    private static readonly (DateOnly Date, TimeOnly Close)[] s_specialEarlyCloses =
    [
        (new DateOnly(1994, 2, 11), new TimeOnly(14, 30)), // snowstorm
        (new DateOnly(1996, 1, 8), new TimeOnly(14, 0)), // snowstorm (also opened late)
        (new DateOnly(1997, 10, 27), new TimeOnly(15, 30)), // circuit breaker halt
        (new DateOnly(1997, 12, 26), new TimeOnly(13, 0)), // day after Christmas
        (new DateOnly(2003, 12, 26), new TimeOnly(13, 0)), // day after Christmas
        (new DateOnly(2005, 6, 1), new TimeOnly(15, 56)), // systems communication problem
    ];

    /// <summary>Unscheduled late openings (local open time) in the supported range.</summary>
    private static readonly (DateOnly Date, TimeOnly Open)[] s_specialLateOpens =
    [
        (new DateOnly(1990, 12, 27), new TimeOnly(9, 31)),
        (new DateOnly(1991, 1, 17), new TimeOnly(9, 31)),
        (new DateOnly(1991, 2, 25), new TimeOnly(9, 31)),
        (new DateOnly(1995, 12, 18), new TimeOnly(10, 30)),
        (new DateOnly(1996, 1, 8), new TimeOnly(11, 0)),
        (new DateOnly(2001, 9, 17), new TimeOnly(9, 33)),
        (new DateOnly(2001, 10, 8), new TimeOnly(9, 31)),
        (new DateOnly(2002, 9, 11), new TimeOnly(12, 0)),
        (new DateOnly(2003, 3, 20), new TimeOnly(9, 32)),
        (new DateOnly(2004, 6, 7), new TimeOnly(9, 32)),
        (new DateOnly(2006, 12, 27), new TimeOnly(9, 32)),
    ];

    private static readonly TimeOnly s_onePm = new(13, 0);
    private static readonly TimeOnly s_twoPm = new(14, 0);

    /// <summary>Full-day closures of <paramref name="year"/> that fall on weekdays.</summary>
    public static IEnumerable<(DateOnly Date, string Name)> Holidays(int year)
    {
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            yield return (newYear.DayOfWeek == DayOfWeek.Sunday ? newYear.AddDays(1) : newYear, "New Year's Day");
        }

        if (year >= 1998)
        {
            yield return (UsEasternTime.NthWeekday(year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day");
        }

        yield return (UsEasternTime.NthWeekday(year, 2, DayOfWeek.Monday, 3), "Washington's Birthday");
        yield return (GregorianEaster.GoodFriday(year), "Good Friday");
        yield return (UsEasternTime.LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day");
        if (year >= 2022)
        {
            yield return (NearestWeekday(new DateOnly(year, 6, 19)), "Juneteenth National Independence Day");
        }

        yield return (NearestWeekday(new DateOnly(year, 7, 4)), "Independence Day");
        yield return (UsEasternTime.NthWeekday(year, 9, DayOfWeek.Monday, 1), "Labor Day");
        yield return (Thanksgiving(year), "Thanksgiving Day");
        yield return (NearestWeekday(new DateOnly(year, 12, 25)), "Christmas Day");
        foreach ((DateOnly date, string name) in s_specialClosures)
        {
            if (date.Year == year)
            {
                yield return (date, name);
            }
        }
    }

    /// <summary>Shortened sessions of <paramref name="year"/> as (date, local close). Days that are holidays are not filtered here.</summary>
    public static IEnumerable<(DateOnly Date, TimeOnly Close)> EarlyCloses(int year)
    {
        // Independence Day: the day before is a half day when July 3 is a Monday, Tuesday or Thursday (from 1995) or a
        // Wednesday (from 2013); before 2013 a Thursday July 4 shortened Friday July 5 instead.
        var july3 = new DateOnly(year, 7, 3);
        if (year >= 1995 && july3.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday)
        {
            yield return (july3, s_onePm);
        }

        if (year >= 2013 && july3.DayOfWeek == DayOfWeek.Wednesday)
        {
            yield return (july3, s_onePm);
        }

        var july5 = new DateOnly(year, 7, 5);
        if (year is >= 1996 and <= 2012 && july5.DayOfWeek == DayOfWeek.Friday)
        {
            yield return (july5, s_onePm);
        }

        // The day after Thanksgiving: 14:00 in 1992, 13:00 from 1993.
        if (year >= 1992)
        {
            yield return (Thanksgiving(year).AddDays(1), year == 1992 ? s_twoPm : s_onePm);
        }

        // Christmas Eve on a Monday to Thursday: 14:00 through 1992, 13:00 after (1993–1995 had no such weekday;
        // a Friday Christmas Eve is the observed Christmas holiday).
        var christmasEve = new DateOnly(year, 12, 24);
        if (christmasEve.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
        {
            yield return (christmasEve, year <= 1992 ? s_twoPm : s_onePm);
        }

        foreach ((DateOnly date, TimeOnly close) in s_specialEarlyCloses)
        {
            if (date.Year == year)
            {
                yield return (date, close);
            }
        }
    }

    /// <summary>Late openings of <paramref name="year"/> as (date, local open).</summary>
    public static IEnumerable<(DateOnly Date, TimeOnly Open)> LateOpens(int year)
        => s_specialLateOpens.Where(x => x.Date.Year == year);

    private static DateOnly Thanksgiving(int year) => UsEasternTime.NthWeekday(year, 11, DayOfWeek.Thursday, 4);

    private static DateOnly NearestWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
