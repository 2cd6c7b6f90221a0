using Bastion.Core.MarketData;

namespace Bastion.Data.CorporateActions;

/// <summary>
/// Back-adjusts raw prices for splits and cash dividends, the CRSP / Yahoo convention: every price before an ex-date
/// is multiplied by that action's factor, and factors compound going back in time. Split factor = 1 / ratio (volume
/// is multiplied by the ratio instead); dividend factor = 1 − D / C, with C the raw close of the last row before the
/// ex-date. The latest prices are left unchanged. Pure functions; thread-safe.
/// </summary>
public static class PriceAdjuster
{
    /// <summary>
    /// The cumulative price factor of each row: adjusted = raw × factor. Actions with no row before their ex-date
    /// are ignored (there is nothing to adjust).
    /// </summary>
    /// <param name="dates">Row dates, strictly ascending.</param>
    /// <param name="closes">Raw closes, one per date (positive).</param>
    /// <param name="actions">Corporate actions, any order.</param>
    /// <exception cref="ArgumentException">Lengths differ, dates are not ascending, or a dividend is not below the previous close.</exception>
    public static double[] PriceFactors(IReadOnlyList<DateOnly> dates, ReadOnlySpan<double> closes, IEnumerable<CorporateAction> actions)
        => Factors(dates, closes, actions, volume: false);

    /// <summary>Back-adjusts daily (or intraday) bars: prices × price factor, volume ÷ price factor of the splits alone.</summary>
    /// <exception cref="ArgumentException">Bars are not in time order, or a dividend is not below the previous close.</exception>
    public static Bar[] BackAdjust(IReadOnlyList<Bar> bars, IEnumerable<CorporateAction> actions)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(actions);
        List<CorporateAction> list = [.. actions];
        DateOnly[] dates = [.. bars.Select(b => DateOnly.FromDateTime(b.Start.UtcDateTime))];
        double[] closes = [.. bars.Select(b => b.Close)];
        double[] price = Factors(dates, closes, list, volume: false, ascendingStrict: false);
        double[] shares = Factors(dates, closes, list, volume: true, ascendingStrict: false);
        var result = new Bar[bars.Count];
        for (int i = 0; i < result.Length; i++)
        {
            Bar b = bars[i];
            double f = price[i];
            result[i] = b with { Open = b.Open * f, High = b.High * f, Low = b.Low * f, Close = b.Close * f, Volume = b.Volume / shares[i] };
        }

        return result;
    }

    private static double[] Factors(IReadOnlyList<DateOnly> dates, ReadOnlySpan<double> closes, IEnumerable<CorporateAction> actions,
        bool volume, bool ascendingStrict = true)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(actions);
        if (dates.Count != closes.Length)
        {
            throw new ArgumentException($"{dates.Count} dates but {closes.Length} closes", nameof(closes));
        }

        for (int i = 1; i < dates.Count; i++)
        {
            if (ascendingStrict ? dates[i] <= dates[i - 1] : dates[i] < dates[i - 1])
            {
                throw new ArgumentException($"dates must be ascending: row {i} ({dates[i]:yyyy-MM-dd}) after {dates[i - 1]:yyyy-MM-dd}", nameof(dates));
            }
        }

        // Per-row factor of the actions whose ex-date falls right after that row, then a suffix product.
        double[] factor = new double[dates.Count];
        Array.Fill(factor, 1.0);
        foreach (CorporateAction action in actions)
        {
            int last = LastBefore(dates, action.ExDate);
            if (last < 0 || (volume && action.Type != CorporateActionType.Split))
            {
                continue;
            }

            double f;
            if (action.Type == CorporateActionType.Split)
            {
                f = 1.0 / action.Value;
            }
            else
            {
                double previous = closes[last];
                if (!(action.Value < previous))
                {
                    throw new ArgumentException($"dividend {action.Value} on {action.ExDate:yyyy-MM-dd} is not below the previous close {previous}", nameof(actions));
                }

                f = 1.0 - (action.Value / previous);
            }

            factor[last] *= f;
        }

        double running = 1.0;
        for (int i = factor.Length - 1; i >= 0; i--)
        {
            running *= factor[i];
            factor[i] = running;
        }

        return factor;
    }

    /// <summary>Index of the last row strictly before <paramref name="exDate"/>, or −1.</summary>
    private static int LastBefore(IReadOnlyList<DateOnly> dates, DateOnly exDate)
    {
        int lo = 0, hi = dates.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (dates[mid] < exDate)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
