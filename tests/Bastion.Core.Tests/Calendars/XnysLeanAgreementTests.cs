using System.Globalization;
using Bastion.Core.Calendars;
using Bastion.Core.Tests.Calendars.Fixtures;

namespace Bastion.Core.Tests.Calendars;

/// <summary>
/// XNYS against an independent source: QuantConnect LEAN's market-hours database (entry <c>Equity-usa-[*]</c>, copied
/// verbatim into <see cref="LeanUsEquityHours"/>). LEAN lists holidays 1998–2028 and 13:00 early closes 1999–2028.
/// Every listed date is checked, and every date our rules produce in that range must be listed.
/// </summary>
public sealed class XnysLeanAgreementTests
{
    private static readonly XnysCalendar s_xnys = XnysCalendar.Instance;

    /// <summary>
    /// Early closes LEAN lists that are wrong in LEAN's data: 2017-12-24 was a Sunday (no session at all; the NYSE's
    /// 2017 Christmas Eve fell on a weekend, so there was no half day that year).
    /// </summary>
    private static readonly HashSet<DateOnly> s_leanEarlyCloseErrors = [new(2017, 12, 24)];

    /// <summary>
    /// Holidays LEAN lists on Saturdays (2011-01-01, 2022-01-01): New Year's Day on a Saturday is not observed by the
    /// NYSE, and the day is a weekend anyway; these are checked as non-trading days but are not in our weekday holiday list.
    /// </summary>
    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly Parse(string leanDate) => DateOnly.ParseExact(leanDate, "M/d/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void EveryLeanHoliday_IsNotATradingDay()
    {
        Assert.Equal("America/New_York", LeanUsEquityHours.ExchangeTimeZone);
        Assert.True(LeanUsEquityHours.Holidays.Length > 250);
        var failures = LeanUsEquityHours.Holidays.Select(Parse).Where(s_xnys.IsTradingDay).ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryComputedHoliday_1998To2028_IsListedByLean()
    {
        var lean = LeanUsEquityHours.Holidays.Select(Parse).ToHashSet();
        var computed = s_xnys.Holidays(new DateOnly(1998, 1, 1), new DateOnly(2028, 12, 31));
        Assert.True(computed.Count > 250);
        var unlisted = computed.Where(h => !lean.Contains(h.Date)).ToList();
        Assert.Empty(unlisted);
        Assert.Equal(lean.Count(d => !IsWeekend(d)), computed.Count);
    }

    [Fact]
    public void EveryLeanEarlyClose_IsA1pmCloseHere()
    {
        Assert.True(LeanUsEquityHours.EarlyCloses.Length > 60);
        foreach ((string date, string close) in LeanUsEquityHours.EarlyCloses)
        {
            DateOnly d = Parse(date);
            if (s_leanEarlyCloseErrors.Contains(d))
            {
                Assert.False(s_xnys.IsTradingDay(d));
                continue;
            }

            Assert.True(s_xnys.IsEarlyClose(d, out TimeOnly local), $"{d:yyyy-MM-dd} should close early");
            Assert.Equal(TimeOnly.ParseExact(close, "HH:mm:ss", CultureInfo.InvariantCulture), local);
        }
    }

    /// <summary>
    /// LEAN lists only the 13:00 half days. Our one other shortened session in its range, 2005-06-01 (closed at 15:56 after
    /// a systems communication problem, per the NYSE closings history used by pandas_market_calendars), is an unscheduled
    /// incident, not a disagreement about the rules; it is checked separately.
    /// </summary>
    [Fact]
    public void EveryComputedEarlyClose_1999To2028_IsListedByLean()
    {
        var lean = LeanUsEquityHours.EarlyCloses.Select(e => Parse(e.Date)).ToHashSet();
        var all = s_xnys.EarlyCloses(new DateOnly(1999, 1, 1), new DateOnly(2028, 12, 31));
        var computed = all.Where(e => e.LocalClose == new TimeOnly(13, 0)).ToList();
        Assert.Equal([(new DateOnly(2005, 6, 1), new TimeOnly(15, 56))], all.Except(computed));
        var unlisted = computed.Where(e => !lean.Contains(e.Date)).Select(e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Empty(unlisted);
        Assert.Equal(lean.Count - s_leanEarlyCloseErrors.Count, computed.Count);
    }
}
