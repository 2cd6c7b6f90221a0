using Bastion.Core.Calendars;

namespace Bastion.Data.Tests;

/// <summary>A test-local calendar: Monday to Friday minus the given holidays, sessions 14:30–21:00 UTC.</summary>
internal sealed class WeekdayCalendar(params DateOnly[] holidays) : ITradingCalendar
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public string Name => "TEST";

    public bool IsTradingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    public bool IsOpen(DateTimeOffset utc)
        => TryGetSession(DateOnly.FromDateTime(utc.UtcDateTime), out DateTimeOffset open, out DateTimeOffset close) && utc >= open && utc < close;

    public bool TryGetSession(DateOnly date, out DateTimeOffset openUtc, out DateTimeOffset closeUtc)
    {
        openUtc = new DateTimeOffset(date.ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero);
        closeUtc = new DateTimeOffset(date.ToDateTime(new TimeOnly(21, 0)), TimeSpan.Zero);
        return IsTradingDay(date);
    }
}
