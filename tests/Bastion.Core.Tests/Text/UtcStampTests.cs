using System.Globalization;
using Bastion.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Text;

/// <summary><see cref="UtcStamp"/> against the framework's custom date formatter, which defines the expected text.</summary>
public sealed class UtcStampTests
{
    private const string Layout = "yyyy-MM-ddTHH:mm:ssZ";

    [Theory]
    [InlineData(2015, 1, 2, 14, 30, 0, 0, 0, "2015-01-02T14:30:00Z")]
    [InlineData(2024, 2, 29, 23, 59, 59, 999, 0, "2024-02-29T23:59:59Z")] // milliseconds cut, not rounded up into March
    [InlineData(2020, 3, 1, 1, 0, 0, 0, -5, "2020-03-01T06:00:00Z")] // a New York offset, converted to UTC
    [InlineData(2020, 3, 1, 1, 0, 0, 0, 3, "2020-02-29T22:00:00Z")] // an offset ahead of UTC crosses back over the day
    [InlineData(1, 1, 1, 0, 0, 0, 0, 0, "0001-01-01T00:00:00Z")]
    [InlineData(999, 12, 31, 9, 8, 7, 0, 0, "0999-12-31T09:08:07Z")]
    public void Format_Examples_AsWrittenOut(int year, int month, int day, int hour, int minute, int second, int millisecond, int offsetHours, string expected)
    {
        var time = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.FromHours(offsetHours));
        Assert.Equal(expected, UtcStamp.Format(time));
    }

    [Fact]
    public void Format_LastTickOfTheCalendar()
    {
        Assert.Equal("9999-12-31T23:59:59Z", UtcStamp.Format(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void Format_AnyInstant_SameTextAsTheCustomFormat()
    {
        Gen<DateTimeOffset> instants =
            from ticks in Gen.Choose(0, int.MaxValue).Select(i => (long)(i / (double)int.MaxValue * DateTime.MaxValue.Ticks))
            from jitter in Gen.Choose(0, (int)TimeSpan.TicksPerSecond - 1)
            from offsetMinutes in Gen.Elements(0, 0, -300, 60, 330, 840, -720)
            let utcTicks = Math.Min(ticks + jitter, DateTime.MaxValue.Ticks)
            let offset = TimeSpan.FromMinutes(offsetMinutes)
            where utcTicks + offset.Ticks >= 0 && utcTicks + offset.Ticks <= DateTime.MaxValue.Ticks
            select new DateTimeOffset(utcTicks + offset.Ticks, offset);
        Prop.ForAll(instants.ToArbitrary(), t =>
            Assert.Equal(t.UtcDateTime.ToString(Layout, CultureInfo.InvariantCulture), UtcStamp.Format(t)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Format_ShortDestination_Throws()
    {
        var text = new char[UtcStamp.Length - 1];
        Assert.Throws<ArgumentOutOfRangeException>(() => UtcStamp.Format(DateTimeOffset.UnixEpoch, text));
    }
}
