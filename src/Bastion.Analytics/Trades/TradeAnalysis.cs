namespace Bastion.Analytics.Trades;

/// <summary>Computes <see cref="TradeStatistics"/>. Thread-safe.</summary>
public static class TradeAnalysis
{
    /// <summary>
    /// Trade statistics for <paramref name="trades"/>; exposure and turnover are measured on the equity curve given by
    /// <paramref name="timestamps"/> and <paramref name="equity"/> (a period at timestamp t counts as invested when a
    /// trade has entry ≤ t &lt; exit).
    /// </summary>
    /// <param name="trades">Closed round trips.</param>
    /// <param name="timestamps">Equity timestamps.</param>
    /// <param name="equity">Equity at each timestamp.</param>
    /// <param name="periodsPerYear">Annualization for turnover.</param>
    /// <param name="invested">Whether a position was held at each timestamp; when given, exposure is measured on it instead of on the trades.</param>
    /// <exception cref="ArgumentException">Lengths differ or a trade exits before it enters.</exception>
    public static TradeStatistics Compute(IReadOnlyList<TradeRecord> trades, IReadOnlyList<DateTimeOffset> timestamps, IReadOnlyList<double> equity, double periodsPerYear = 252, IReadOnlyList<bool>? invested = null)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(equity);
        if (timestamps.Count != equity.Count)
        {
            throw new ArgumentException($"{timestamps.Count} timestamps but {equity.Count} equity values", nameof(equity));
        }

        int wins = 0, losses = 0;
        double grossProfit = 0, grossLoss = 0, sumPnl = 0, sumRet = 0, sumMae = 0, sumMfe = 0, notional = 0;
        double largestWin = double.NaN, largestLoss = double.NaN;
        long holdingTicks = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            TradeRecord t = trades[i];
            if (t.ExitTime < t.EntryTime)
            {
                throw new ArgumentException($"trade {i} ({t.Symbol}) exits at {t.ExitTime:O}, before its entry {t.EntryTime:O}", nameof(trades));
            }

            if (t.Pnl > 0)
            {
                wins++;
                grossProfit += t.Pnl;
            }
            else if (t.Pnl < 0)
            {
                losses++;
                grossLoss -= t.Pnl;
            }

            sumPnl += t.Pnl;
            sumRet += t.Return;
            sumMae += t.Mae;
            sumMfe += t.Mfe;
            notional += t.TradedNotional;
            holdingTicks += t.HoldingTime.Ticks;
            largestWin = double.IsNaN(largestWin) ? t.Pnl : Math.Max(largestWin, t.Pnl);
            largestLoss = double.IsNaN(largestLoss) ? t.Pnl : Math.Min(largestLoss, t.Pnl);
        }

        int n = trades.Count;
        double meanEquity = 0;
        foreach (double e in equity)
        {
            meanEquity += e;
        }

        meanEquity = equity.Count > 0 ? meanEquity / equity.Count : double.NaN;
        double years = Math.Max(equity.Count - 1, 0) / periodsPerYear;
        return new TradeStatistics
        {
            Trades = n,
            Winners = wins,
            Losers = losses,
            WinRate = n > 0 ? (double)wins / n : double.NaN,
            ProfitFactor = grossLoss > 0 ? grossProfit / grossLoss : grossProfit > 0 ? double.PositiveInfinity : double.NaN,
            Expectancy = n > 0 ? sumPnl / n : double.NaN,
            AverageReturn = n > 0 ? sumRet / n : double.NaN,
            AverageWin = wins > 0 ? grossProfit / wins : double.NaN,
            AverageLoss = losses > 0 ? -grossLoss / losses : double.NaN,
            LargestWin = largestWin,
            LargestLoss = largestLoss,
            AverageHoldingTime = n > 0 ? TimeSpan.FromTicks(holdingTicks / n) : TimeSpan.Zero,
            AverageMae = n > 0 ? sumMae / n : double.NaN,
            AverageMfe = n > 0 ? sumMfe / n : double.NaN,
            Exposure = invested is null ? Exposure(trades, timestamps)
                : invested.Count == timestamps.Count ? Exposure(invested)
                : throw new ArgumentException($"{invested.Count} invested flags for {timestamps.Count} timestamps", nameof(invested)),
            AnnualTurnover = years > 0 && meanEquity > 0 ? notional / 2.0 / meanEquity / years : double.NaN,
        };
    }

    /// <summary>Fraction of periods (after the first) that start with a position held.</summary>
    internal static double Exposure(IReadOnlyList<bool> invested)
    {
        if (invested.Count < 2)
        {
            return double.NaN;
        }

        int held = 0;
        for (int i = 1; i < invested.Count; i++)
        {
            held += invested[i - 1] ? 1 : 0;
        }

        return (double)held / (invested.Count - 1);
    }

    /// <summary>Fraction of timestamps (after the first) at which some trade is open: entry ≤ t &lt; exit.</summary>
    internal static double Exposure(IReadOnlyList<TradeRecord> trades, IReadOnlyList<DateTimeOffset> timestamps)
    {
        if (timestamps.Count < 2)
        {
            return double.NaN;
        }

        // Sweep: sort intervals by entry, walk timestamps once.
        var intervals = trades.Select(t => (t.EntryTime, t.ExitTime)).OrderBy(x => x.EntryTime).ToArray();
        int invested = 0, next = 0;
        DateTimeOffset coveredUntil = DateTimeOffset.MinValue;
        for (int i = 1; i < timestamps.Count; i++)
        {
            // A period (t_{i-1}, t_i] is invested when a trade was held at its start: entry <= t_{i-1} < exit.
            DateTimeOffset t = timestamps[i - 1];
            while (next < intervals.Length && intervals[next].EntryTime <= t)
            {
                if (intervals[next].ExitTime > coveredUntil)
                {
                    coveredUntil = intervals[next].ExitTime;
                }

                next++;
            }

            if (t < coveredUntil)
            {
                invested++;
            }
        }

        return (double)invested / (timestamps.Count - 1);
    }
}
