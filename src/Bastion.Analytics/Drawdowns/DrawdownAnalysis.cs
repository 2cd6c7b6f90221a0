using Bastion.Analytics.Series;

namespace Bastion.Analytics.Drawdowns;

/// <summary>
/// Underwater curve and drawdown episodes of a return series. The wealth index starts at 1 on
/// <see cref="ReturnSeries.StartDate"/> (as empyrical's <c>max_drawdown</c>), so a first-period loss is a drawdown.
/// Episodes are disjoint, so the top-N table equals pyfolio's <c>gen_drawdown_table</c>, which removes the worst
/// episode and repeats.
/// </summary>
public static class DrawdownAnalysis
{
    /// <summary>
    /// Underwater curve: wealth / running peak − 1 (≤ 0) at each date of <paramref name="returns"/>.
    /// </summary>
    public static double[] Underwater(ReturnSeries returns)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ReadOnlySpan<double> r = returns.Values;
        var result = new double[r.Length];
        double wealth = 1.0, peak = 1.0;
        for (int i = 0; i < r.Length; i++)
        {
            wealth *= 1.0 + r[i];
            peak = Math.Max(peak, wealth);
            result[i] = (wealth / peak) - 1.0;
        }

        return result;
    }

    /// <summary>All drawdown episodes, worst first (ties keep time order). Empty when wealth never falls.</summary>
    public static IReadOnlyList<DrawdownPeriod> Episodes(ReturnSeries returns)
    {
        ArgumentNullException.ThrowIfNull(returns);
        return Top(returns, int.MaxValue);
    }

    /// <summary>The single worst episode (the first in time among equally deep ones), or null; one pass, no buffers.</summary>
    public static DrawdownPeriod? WorstEpisode(ReturnSeries returns)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ReadOnlySpan<double> r = returns.Values;
        DateTimeOffset[] dates = returns.DateArray;
        double wealth = 1.0, peakWealth = 1.0, depth = 0.0, bestDepth = 0.0;
        int peak = -1, valley = -1, bestPeak = -1, bestValley = -1, bestRecovery = -1;
        for (int i = 0; i < r.Length; i++)
        {
            wealth *= 1.0 + r[i];
            if (wealth >= peakWealth)
            {
                if (peak >= 0 && depth < bestDepth)
                {
                    (bestDepth, bestPeak, bestValley, bestRecovery) = (depth, peak, valley, i + 1);
                }

                peakWealth = wealth;
                peak = -1;
                continue;
            }

            double dd = (wealth / peakWealth) - 1.0;
            if (peak < 0)
            {
                (peak, valley, depth) = (i, i + 1, dd);
            }
            else if (dd < depth)
            {
                (valley, depth) = (i + 1, dd);
            }
        }

        if (peak >= 0 && depth < bestDepth)
        {
            (bestDepth, bestPeak, bestValley, bestRecovery) = (depth, peak, valley, -1);
        }

        return bestPeak < 0 ? null : Make(returns, dates, bestPeak, bestValley, bestRecovery, bestDepth);
    }

    /// <summary>The <paramref name="count"/> worst episodes (pyfolio's top-N drawdown table).</summary>
    public static IReadOnlyList<DrawdownPeriod> Worst(ReturnSeries returns, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Top(returns, count);
    }

    /// <summary>
    /// The <paramref name="count"/> deepest episodes, worst first, ties in time order. One pass over the returns with
    /// the underwater arithmetic of <see cref="Underwater"/> (same depths, bit for bit) but no curve buffer; only the
    /// episodes kept become <see cref="DrawdownPeriod"/>s.
    /// </summary>
    private static DrawdownPeriod[] Top(ReturnSeries returns, int count)
    {
        ReadOnlySpan<double> r = returns.Values;
        DateTimeOffset[] dates = returns.DateArray;
        var found = new List<(double Depth, int Peak, int Valley, int Recovery)>();

        // Index k in the wealth index: 0 = start, k = after return k−1.
        double wealth = 1.0, peakWealth = 1.0, depth = 0.0;
        int peak = -1, valley = -1;
        for (int i = 0; i < r.Length; i++)
        {
            wealth *= 1.0 + r[i];
            peakWealth = Math.Max(peakWealth, wealth);
            double under = (wealth / peakWealth) - 1.0;
            if (under < 0.0)
            {
                if (peak < 0)
                {
                    (peak, valley, depth) = (i, i + 1, under); // the peak is the wealth index position before return i
                }
                else if (under < depth)
                {
                    (valley, depth) = (i + 1, under);
                }
            }
            else if (peak >= 0)
            {
                found.Add((depth, peak, valley, i + 1));
                peak = -1;
            }
        }

        if (peak >= 0)
        {
            found.Add((depth, peak, valley, -1));
        }

        // Stable by depth: episodes are found in time order and their peaks are distinct.
        found.Sort(static (a, b) => a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth) : a.Peak.CompareTo(b.Peak));
        var result = new DrawdownPeriod[Math.Min(count, found.Count)];
        for (int j = 0; j < result.Length; j++)
        {
            (double d, int p, int v, int rec) = found[j];
            result[j] = Make(returns, dates, p, v, rec, d);
        }

        return result;
    }

    private static DrawdownPeriod Make(ReturnSeries series, DateTimeOffset[] dates, int peak, int valley, int recovery, double depth)
    {
        DateTimeOffset DateAt(int k) => k == 0 ? series.StartDate : dates[k - 1];
        int end = recovery >= 0 ? recovery : dates.Length;
        return new DrawdownPeriod(
            DateAt(peak),
            DateAt(valley),
            recovery >= 0 ? DateAt(recovery) : null,
            depth,
            end - peak,
            valley - peak);
    }
}
