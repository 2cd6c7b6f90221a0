namespace Bastion.Core.Clock;

/// <summary>
/// A <see cref="TimeProvider"/> whose time only moves when its owner (a backtest engine) advances it.
/// Time never goes backwards. Local time zone is UTC. Not thread-safe: one owner advances it.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private DateTimeOffset _now;

    /// <summary>Creates a clock standing at <paramref name="start"/> (converted to UTC).</summary>
    public SimulatedClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="utc"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="utc"/> is earlier than the current time.</exception>
    public void AdvanceTo(DateTimeOffset utc)
    {
        if (utc < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(utc), utc, $"the clock stands at {_now:O} and cannot go back");
        }

        _now = utc.ToUniversalTime();
    }

    /// <summary>Moves the clock to <paramref name="utcTicks"/> (UTC ticks); the hot-path form of <see cref="AdvanceTo(DateTimeOffset)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is earlier than the current time.</exception>
    public void AdvanceTo(long utcTicks)
    {
        if (utcTicks < _now.UtcTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(utcTicks), utcTicks, $"the clock stands at {_now:O} and cannot go back");
        }

        _now = new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }
}
