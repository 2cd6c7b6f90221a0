using System.Globalization;
using Bastion.Core.Calendars;
using Bastion.Core.Tests.Calendars.Fixtures;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Calendars;

/// <summary>DST rules and Easter against the IANA tz database and python-dateutil (see <see cref="DstEasterReference"/>).</summary>
public sealed class UsEasternTimeTests
{
    private static DateTimeOffset Iso(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Fact]
    public void OffsetAt_AroundEveryTransition1990To2035_MatchesTzDatabase()
    {
        Assert.Equal(46, DstEasterReference.Transitions.Length);
        foreach ((int year, string startText, string endText) in DstEasterReference.Transitions)
        {
            DateTimeOffset start = Iso(startText);
            DateTimeOffset end = Iso(endText);
            Assert.Equal(TimeSpan.FromHours(-5), UsEasternTime.OffsetAt(start.AddTicks(-1)));
            Assert.Equal(TimeSpan.FromHours(-4), UsEasternTime.OffsetAt(start));
            Assert.Equal(TimeSpan.FromHours(-4), UsEasternTime.OffsetAt(end.AddTicks(-1)));
            Assert.Equal(TimeSpan.FromHours(-5), UsEasternTime.OffsetAt(end));
            (DateOnly s, DateOnly e) = UsEasternTime.DaylightSavingDates(year);
            Assert.Equal(DateOnly.FromDateTime(start.UtcDateTime), s);
            Assert.Equal(DateOnly.FromDateTime(end.UtcDateTime), e);
        }
    }

    [Fact]
    public void ToUtc_GapAndOverlap_FollowDocumentedChoice()
    {
        // 2024-03-10 02:30 does not exist: read as EST (07:30 UTC). 2024-11-03 01:30 happens twice: first (EDT) wins.
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 7, 30, 0, TimeSpan.Zero), UsEasternTime.ToUtc(new DateOnly(2024, 3, 10), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 7, 0, 0, TimeSpan.Zero), UsEasternTime.ToUtc(new DateOnly(2024, 3, 10), new TimeOnly(3, 0)));
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 5, 30, 0, TimeSpan.Zero), UsEasternTime.ToUtc(new DateOnly(2024, 11, 3), new TimeOnly(1, 30)));
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 7, 0, 0, TimeSpan.Zero), UsEasternTime.ToUtc(new DateOnly(2024, 11, 3), new TimeOnly(2, 0)));
    }

    [Fact]
    public void ToUtcOfToLocal_OutsideTheRepeatedHour_RoundTrips()
    {
        var start = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var span = new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero).UtcTicks - start;
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(i => start + (long)(span * (i / (double)int.MaxValue))).ToArbitrary(), ticks =>
        {
            var utc = new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            DateTimeOffset local = UsEasternTime.ToLocal(utc);
            var date = DateOnly.FromDateTime(local.DateTime);
            var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
            bool repeatedHour = date == UsEasternTime.DaylightSavingDates(date.Year).End && time.Hour == 1;
            return repeatedHour || UsEasternTime.ToUtc(date, time) == utc;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void OffsetAt_BeforeModelledRules_ThrowsOutOfRange()
        => Assert.Throws<ArgumentOutOfRangeException>(() => UsEasternTime.OffsetAt(new DateTimeOffset(1960, 7, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void GregorianEaster_1900To2099_MatchesDateutil()
    {
        for (int year = 1900; year <= 2099; year++)
        {
            Assert.Equal(DateOnly.Parse(DstEasterReference.EasterSundays[year - 1900], CultureInfo.InvariantCulture), GregorianEaster.Sunday(year));
        }
    }
}
