using Bastion.Core.Calendars;
using Bastion.Core.MarketData;

namespace Bastion.Core.Futures;

/// <summary>
/// Decides when a continuous series moves from one contract to the next. The result is the roll bar: the last bar taken
/// from the expiring contract, which both contracts must have (its two closes measure the roll gap). Bars after it come
/// from the next contract.
/// </summary>
public abstract class FuturesRollRule
{
    /// <summary>Rolls <paramref name="days"/> trading days before the front contract's last trading day (the roll bar is the last common bar on or before that date).</summary>
    public static FuturesRollRule DaysBeforeExpiry(int days, ITradingCalendar calendar) => new DaysBeforeExpiryRoll(days, calendar);

    /// <summary>Rolls on the first common bar where the next contract trades more volume than the front one (put open interest in <see cref="Bar.Volume"/> to roll on an open-interest crossover); on the front's last common bar up to expiry if that never happens.</summary>
    public static FuturesRollRule VolumeCrossover() => new VolumeCrossoverRoll();

    /// <summary>The index into <paramref name="front"/>'s bars of the roll bar, or −1 when the two series share no bar up to the front's expiry.</summary>
    internal abstract int RollIndex(ContractBars front, ContractBars next, Dictionary<long, int> nextIndexByStart);

    /// <summary>The UTC date of a bar's start, the date a daily bar is labelled with.</summary>
    internal static DateOnly BarDate(Bar bar) => DateOnly.FromDateTime(bar.Start.UtcDateTime);

    /// <summary>The last bar of <paramref name="front"/> dated on or before <paramref name="limit"/> that the next contract also has (its bar starts are the keys of <paramref name="nextIndexByStart"/>).</summary>
    internal static int LastCommonOnOrBefore(ContractBars front, Dictionary<long, int> nextIndexByStart, DateOnly limit)
    {
        for (int i = front.Bars.Count - 1; i >= 0; i--)
        {
            Bar bar = front.Bars[i];
            if (BarDate(bar) <= limit && nextIndexByStart.ContainsKey(bar.StartUtcTicks))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class DaysBeforeExpiryRoll : FuturesRollRule
    {
        private readonly int _days;
        private readonly ITradingCalendar _calendar;

        public DaysBeforeExpiryRoll(int days, ITradingCalendar calendar)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(days);
            ArgumentNullException.ThrowIfNull(calendar);
            _days = days;
            _calendar = calendar;
        }

        internal override int RollIndex(ContractBars front, ContractBars next, Dictionary<long, int> nextIndexByStart)
            => LastCommonOnOrBefore(front, nextIndexByStart, _calendar.AddTradingDays(front.Contract.Expiry, -_days));
    }

    private sealed class VolumeCrossoverRoll : FuturesRollRule
    {
        internal override int RollIndex(ContractBars front, ContractBars next, Dictionary<long, int> nextIndexByStart)
        {
            for (int i = 0; i < front.Bars.Count; i++)
            {
                Bar bar = front.Bars[i];
                if (BarDate(bar) > front.Contract.Expiry)
                {
                    break;
                }

                if (nextIndexByStart.TryGetValue(bar.StartUtcTicks, out int j) && next.Bars[j].Volume > bar.Volume)
                {
                    return i;
                }
            }

            return LastCommonOnOrBefore(front, nextIndexByStart, front.Contract.Expiry);
        }
    }
}
