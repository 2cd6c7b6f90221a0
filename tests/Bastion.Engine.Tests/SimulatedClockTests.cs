using Bastion.Core.Clock;

namespace Bastion.Engine.Tests;

public sealed class SimulatedClockTests
{
    [Fact]
    public void AdvanceTo_MovesForwardOnlyAndStaysUtc()
    {
        var start = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(-5));
        var clock = new SimulatedClock(start);
        Assert.Equal(start, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        clock.AdvanceTo(start.AddMinutes(1));
        clock.AdvanceTo(start.AddMinutes(1).UtcTicks);
        Assert.Equal(start.AddMinutes(1), clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(start));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(start.UtcTicks));
        Assert.Equal(TimeZoneInfo.Utc, clock.LocalTimeZone);
    }
}
