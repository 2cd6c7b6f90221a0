using Bastion.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Calendars;

public sealed class OtherCalendarsTests
{
    [Fact]
    public void ForexWeek_OpensSunday17NewYork_ClosesFriday17NewYork()
    {
        ITradingCalendar fx = ForexWeekCalendar.Instance;

        // Sunday 2024-03-10 is the spring-forward day: 17:00 EDT = 21:00 UTC.
        Assert.False(fx.IsOpen(new DateTimeOffset(2024, 3, 10, 20, 59, 0, TimeSpan.Zero)));
        Assert.True(fx.IsOpen(new DateTimeOffset(2024, 3, 10, 21, 0, 0, TimeSpan.Zero)));

        // Friday 2024-03-08 was still EST: 17:00 EST = 22:00 UTC.
        Assert.True(fx.IsOpen(new DateTimeOffset(2024, 3, 8, 21, 59, 0, TimeSpan.Zero)));
        Assert.False(fx.IsOpen(new DateTimeOffset(2024, 3, 8, 22, 0, 0, TimeSpan.Zero)));
        Assert.False(fx.IsOpen(new DateTimeOffset(2024, 3, 9, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(fx.IsOpen(new DateTimeOffset(2024, 3, 13, 3, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ForexWeek_Session_RunsFromPreviousDay17To17()
    {
        ITradingCalendar fx = ForexWeekCalendar.Instance;
        Assert.True(fx.TryGetSession(new DateOnly(2024, 3, 11), out DateTimeOffset open, out DateTimeOffset close));
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 21, 0, 0, TimeSpan.Zero), open);
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 21, 0, 0, TimeSpan.Zero), close);
        Assert.False(fx.TryGetSession(new DateOnly(2024, 3, 9), out _, out _));
        Assert.False(fx.IsTradingDay(new DateOnly(2024, 3, 10)));
    }

    [Fact]
    public void AlwaysOpen_EveryInstantAndDay_IsOpen()
    {
        ITradingCalendar crypto = AlwaysOpenCalendar.Instance;
        Assert.True(crypto.IsOpen(new DateTimeOffset(2024, 12, 25, 3, 0, 0, TimeSpan.Zero)));
        Assert.True(crypto.IsTradingDay(new DateOnly(2024, 12, 28)));
        Assert.True(crypto.TryGetSession(new DateOnly(2024, 12, 28), out DateTimeOffset open, out DateTimeOffset close));
        Assert.Equal(TimeSpan.FromDays(1), close - open);
    }

    [Theory]
    [InlineData("xnys", "XNYS")]
    [InlineData("XNYS", "XNYS")]
    [InlineData(" 24X7 ", "24x7")]
    [InlineData("24x5", "24x5")]
    public void Get_KnownNameAnyCase_ReturnsCalendar(string name, string expected)
        => Assert.Equal(expected, TradingCalendars.Get(name).Name);

    [Fact]
    public void Get_UnknownName_ThrowsListingKnownNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => TradingCalendars.Get("XLON"));
        Assert.Contains("XLON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XNYS, 24x7, 24x5", ex.Message, StringComparison.Ordinal);
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Sessions_AnyCalendarAnyDate_OpenBeforeCloseAndOpenAtOpen()
    {
        int first = new DateOnly(1990, 1, 1).DayNumber;
        int last = new DateOnly(2099, 12, 31).DayNumber;
        Prop.ForAll(Gen.Choose(first, last).ToArbitrary(), Gen.Elements("XNYS", "24x7", "24x5").ToArbitrary(), (day, name) =>
        {
            ITradingCalendar calendar = TradingCalendars.Get(name);
            DateOnly date = DateOnly.FromDayNumber(day);
            if (!calendar.TryGetSession(date, out DateTimeOffset open, out DateTimeOffset close))
            {
                return !calendar.IsTradingDay(date);
            }

            return open < close && calendar.IsOpen(open) && calendar.IsOpen(close.AddTicks(-1)) && calendar.IsTradingDay(date);
        }).QuickCheckThrowOnFailure();
    }
}
