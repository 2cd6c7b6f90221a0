using Bastion.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Calendars;

/// <summary>
/// Hand-checked XNYS cases outside LEAN's range (1990–1997, 2029–2035) and session times. Dates and weekdays were
/// checked against a perpetual calendar; the rules are NYSE Rule 7.2 and the exchange's closure announcements.
/// </summary>
public sealed class XnysCalendarTests
{
    private static readonly XnysCalendar s_xnys = XnysCalendar.Instance;

    [Theory]
    [InlineData("2035-01-01")] // New Year's Day, Monday
    [InlineData("2035-01-15")] // MLK, third Monday
    [InlineData("2035-02-19")] // Washington's Birthday
    [InlineData("2035-03-23")] // Good Friday (Easter 2035-03-25)
    [InlineData("2035-05-28")] // Memorial Day, last Monday of May
    [InlineData("2035-06-19")] // Juneteenth, Tuesday
    [InlineData("2035-07-04")] // Independence Day, Wednesday
    [InlineData("2035-09-03")] // Labor Day
    [InlineData("2035-11-22")] // Thanksgiving, fourth Thursday
    [InlineData("2035-12-25")] // Christmas, Tuesday
    [InlineData("2033-12-26")] // Christmas 2033 is a Sunday: observed Monday
    [InlineData("2032-12-24")] // Christmas 2032 is a Saturday: observed Friday
    [InlineData("1994-04-27")] // National day of mourning, President Nixon
    [InlineData("1990-02-19")] // Washington's Birthday 1990
    [InlineData("1990-04-13")] // Good Friday 1990
    [InlineData("1995-01-02")] // New Year's Day 1995 was a Sunday: observed Monday
    public void IsTradingDay_Holiday_ReturnsFalse(string date)
    {
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(s_xnys.IsTradingDay(d));
        Assert.True(s_xnys.TryGetHoliday(d, out string name));
        Assert.NotEmpty(name);
    }

    [Theory]
    [InlineData("1997-01-20")] // MLK Day was not a market holiday before 1998
    [InlineData("2021-06-18")] // Juneteenth was first observed in 2022
    [InlineData("1993-12-31")] // New Year's Day 1994 was a Saturday: not observed, Friday trades
    [InlineData("2021-12-31")] // same rule, 2022
    [InlineData("2032-12-31")] // New Year's Day 2033 is a Saturday
    [InlineData("2024-11-05")] // Election Day has not been a holiday since 1980
    [InlineData("2024-10-14")] // Columbus Day is not an NYSE holiday
    public void IsTradingDay_NotAHoliday_ReturnsTrue(string date)
        => Assert.True(s_xnys.IsTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2035-07-03", 13, 0)] // Tuesday before Independence Day
    [InlineData("2035-11-23", 13, 0)] // day after Thanksgiving
    [InlineData("2035-12-24", 13, 0)] // Christmas Eve, Monday
    [InlineData("2030-07-03", 13, 0)] // Wednesday before Independence Day (rule since 2013)
    [InlineData("1990-12-24", 14, 0)] // Christmas Eve closed at 14:00 before 1993
    [InlineData("1992-11-27", 14, 0)] // day after Thanksgiving, 14:00 in 1992
    [InlineData("1993-11-26", 13, 0)] // 13:00 from 1993
    [InlineData("1995-07-03", 13, 0)] // Monday before Independence Day
    [InlineData("1996-07-05", 13, 0)] // Friday after a Thursday Independence Day (before 2013)
    [InlineData("1996-12-24", 13, 0)]
    [InlineData("1997-12-26", 13, 0)] // Friday after Christmas 1997
    [InlineData("1994-02-11", 14, 30)] // snowstorm
    [InlineData("1997-10-27", 15, 30)] // circuit breaker
    public void IsEarlyClose_HalfDay_ReturnsLocalClose(string date, int hour, int minute)
    {
        Assert.True(s_xnys.IsEarlyClose(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out TimeOnly close));
        Assert.Equal(new TimeOnly(hour, minute), close);
    }

    [Theory]
    [InlineData("1991-07-03")] // no July 3 half days before 1995
    [InlineData("2002-07-03")] // Wednesday before 2013: the Friday after closed early instead
    [InlineData("2013-07-05")] // Friday after a Thursday July 4 is a full day from 2013
    [InlineData("1991-11-29")] // no day-after-Thanksgiving half day before 1992
    [InlineData("2026-07-02")] // July 3 2026 is the observed holiday; the Thursday before is a full day
    public void IsEarlyClose_FullDay_ReturnsFalse(string date)
        => Assert.False(s_xnys.IsEarlyClose(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out _));

    [Fact]
    public void TryGetSession_WinterAndSummer_ConvertsWithTheRightOffset()
    {
        // Friday before the 2024 spring-forward (EST, UTC-5) and the Monday after (EDT, UTC-4).
        Assert.True(s_xnys.TryGetSession(new DateOnly(2024, 3, 8), out DateTimeOffset open, out DateTimeOffset close));
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 14, 30, 0, TimeSpan.Zero), open);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 21, 0, 0, TimeSpan.Zero), close);
        Assert.True(s_xnys.TryGetSession(new DateOnly(2024, 3, 11), out open, out close));
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 13, 30, 0, TimeSpan.Zero), open);
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 20, 0, 0, TimeSpan.Zero), close);
    }

    [Fact]
    public void TryGetSession_EarlyCloseAndLateOpen_UsesSpecialTimes()
    {
        Assert.True(s_xnys.TryGetSession(new DateOnly(2024, 7, 3), out _, out DateTimeOffset close));
        Assert.Equal(new DateTimeOffset(2024, 7, 3, 17, 0, 0, TimeSpan.Zero), close);
        Assert.True(s_xnys.TryGetSession(new DateOnly(2002, 9, 11), out DateTimeOffset open, out _));
        Assert.Equal(new DateTimeOffset(2002, 9, 11, 16, 0, 0, TimeSpan.Zero), open);
        Assert.False(s_xnys.TryGetSession(new DateOnly(2024, 7, 4), out _, out _));
        Assert.False(s_xnys.TryGetSession(new DateOnly(2024, 7, 6), out _, out _));
    }

    [Fact]
    public void IsOpen_AtSessionBoundaries_IsHalfOpenInterval()
    {
        var open = new DateTimeOffset(2024, 1, 2, 14, 30, 0, TimeSpan.Zero);
        var close = new DateTimeOffset(2024, 1, 2, 21, 0, 0, TimeSpan.Zero);
        Assert.False(s_xnys.IsOpen(open.AddTicks(-1)));
        Assert.True(s_xnys.IsOpen(open));
        Assert.True(s_xnys.IsOpen(close.AddTicks(-1)));
        Assert.False(s_xnys.IsOpen(close));
        Assert.False(s_xnys.IsOpen(new DateTimeOffset(2024, 12, 25, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IsOpen_AnyInstant_AgreesWithSessionOfTheNewYorkDate()
    {
        long first = new DateTimeOffset(1990, 1, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        long span = new DateTimeOffset(2099, 12, 30, 0, 0, 0, TimeSpan.Zero).UtcTicks - first;
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(i => first + (long)(span * (i / (double)int.MaxValue))).ToArbitrary(),
            ticks =>
            {
                var utc = new DateTimeOffset(ticks, TimeSpan.Zero);
                var localDate = DateOnly.FromDateTime(UsEasternTime.ToLocal(utc).DateTime);
                bool expected = s_xnys.TryGetSession(localDate, out DateTimeOffset open, out DateTimeOffset close) && utc >= open && utc < close;
                return s_xnys.IsOpen(utc) == expected;
            }).QuickCheckThrowOnFailure();
        Assert.False(s_xnys.IsOpen(new DateTimeOffset(1985, 1, 2, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IsTradingDay_OutsideSupportedRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_xnys.IsTradingDay(new DateOnly(1989, 12, 29)));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_xnys.IsTradingDay(new DateOnly(2100, 1, 4)));
    }

    [Fact]
    public void TradingDays_Year2024_Has252Sessions()
    {
        // NYSE published 252 trading days for 2024 (366 days − 104 weekend days − 10 weekday holidays).
        Assert.Equal(252, s_xnys.CountTradingDays(new DateOnly(2023, 12, 31), new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void AddTradingDays_SkipsWeekendsAndHolidays()
    {
        Assert.Equal(new DateOnly(2024, 7, 5), s_xnys.NextTradingDay(new DateOnly(2024, 7, 3)));
        Assert.Equal(new DateOnly(2024, 3, 28), s_xnys.PreviousTradingDay(new DateOnly(2024, 4, 1)));
        Assert.Equal(new DateOnly(2024, 12, 31), s_xnys.AddTradingDays(new DateOnly(2024, 12, 23), 5));
        Assert.Equal(new DateOnly(2024, 12, 23), s_xnys.AddTradingDays(new DateOnly(2024, 12, 31), -5));
    }
}
