namespace Bastion.Core.Calendars;

/// <summary>Business-day arithmetic on any <see cref="ITradingCalendar"/>.</summary>
public static class TradingDayArithmetic
{
    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextTradingDay(this ITradingCalendar calendar, DateOnly date) => calendar.AddTradingDays(date, 1);

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    public static DateOnly PreviousTradingDay(this ITradingCalendar calendar, DateOnly date) => calendar.AddTradingDays(date, -1);

    /// <summary>
    /// Moves <paramref name="days"/> trading days from <paramref name="date"/> (forward when positive, backward when
    /// negative); the start date itself is never counted, so it need not be a trading day. Zero returns the date.
    /// </summary>
    public static DateOnly AddTradingDays(this ITradingCalendar calendar, DateOnly date, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int step = Math.Sign(days);
        int remaining = Math.Abs(days);
        DateOnly current = date;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (calendar.IsTradingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>The trading day on or before <paramref name="date"/>.</summary>
    public static DateOnly OnOrBefore(this ITradingCalendar calendar, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.IsTradingDay(date) ? date : calendar.PreviousTradingDay(date);
    }

    /// <summary>Counts trading days in the half-open range (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static int CountTradingDays(this ITradingCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int count = 0;
        for (DateOnly d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (calendar.IsTradingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
