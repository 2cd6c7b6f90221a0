namespace Bastion.Core.Calendars;

/// <summary>
/// When a market trades. Implementations are immutable and thread-safe.
/// Times are UTC at the boundary; the calendar converts to exchange local time inside.
/// </summary>
public interface ITradingCalendar
{
    /// <summary>A short name (<c>XNYS</c>, <c>24x7</c>, <c>24x5</c>).</summary>
    string Name { get; }

    /// <summary>True when <paramref name="date"/> (exchange local date) has a trading session.</summary>
    bool IsTradingDay(DateOnly date);

    /// <summary>True when the market is open at <paramref name="utc"/>.</summary>
    bool IsOpen(DateTimeOffset utc);

    /// <summary>The session of an exchange-local trading day as UTC open and close; false when the day has none.</summary>
    bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc);
}
