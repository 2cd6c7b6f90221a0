using Bastion.Core.Calendars;

namespace Bastion.Core.Futures;

/// <summary>Last-trading-day rules of listed futures.</summary>
public static class FuturesExpiry
{
    /// <summary>The quarterly cycle of equity index futures: March (H), June (M), September (U), December (Z).</summary>
    public static IReadOnlyList<int> QuarterlyMonths { get; } = [3, 6, 9, 12];

    /// <summary>The third Friday of the contract month.</summary>
    public static DateOnly ThirdFriday(ContractMonth month) => UsEasternTime.NthWeekday(month.Year, month.Month, DayOfWeek.Friday, 3);

    /// <summary>
    /// Last trading day of CME equity index futures (E-mini S&amp;P 500 <c>ES</c>, E-mini Nasdaq-100 <c>NQ</c>): the third
    /// Friday of the contract month, or the trading day before it when that Friday is not a trading day on
    /// <paramref name="calendar"/>.
    /// </summary>
    public static DateOnly EquityIndexLastTradingDay(ContractMonth month, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.OnOrBefore(ThirdFriday(month));
    }

    /// <summary>
    /// The next <paramref name="count"/> quarterly equity-index contract months still trading on <paramref name="date"/>
    /// (last trading day on or after the date), front month first.
    /// </summary>
    public static IReadOnlyList<ContractMonth> QuarterlyContracts(DateOnly date, int count, ITradingCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(calendar);
        var month = new ContractMonth(date.Year, ((date.Month + 2) / 3) * 3);
        if (EquityIndexLastTradingDay(month, calendar) < date)
        {
            month = month.AddMonths(3);
        }

        var result = new List<ContractMonth>(count);
        for (int i = 0; i < count; i++)
        {
            result.Add(month.AddMonths(3 * i));
        }

        return result;
    }
}
