namespace Bastion.Core.Calendars;

/// <summary>The named trading calendars an instrument's <c>CalendarName</c> resolves to.</summary>
public static class TradingCalendars
{
    private static readonly ITradingCalendar[] s_all = [XnysCalendar.Instance, AlwaysOpenCalendar.Instance, ForexWeekCalendar.Instance];

    /// <summary>The known calendar names (<c>XNYS</c>, <c>24x7</c>, <c>24x5</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_all.Select(c => c.Name)];

    /// <summary>Finds a calendar by name, ignoring case.</summary>
    public static bool TryGet(string? name, out ITradingCalendar calendar)
    {
        foreach (ITradingCalendar candidate in s_all)
        {
            if (string.Equals(candidate.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                calendar = candidate;
                return true;
            }
        }

        calendar = null!;
        return false;
    }

    /// <summary>Gets a calendar by name, ignoring case.</summary>
    /// <exception cref="ArgumentException">No calendar has that name; the message lists the known ones.</exception>
    public static ITradingCalendar Get(string name)
    {
        if (!TryGet(name, out ITradingCalendar calendar))
        {
            throw new ArgumentException($"unknown trading calendar '{name}'; known calendars: {string.Join(", ", Names)}", nameof(name));
        }

        return calendar;
    }
}
