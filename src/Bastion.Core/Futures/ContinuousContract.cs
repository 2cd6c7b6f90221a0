using Bastion.Core.MarketData;

namespace Bastion.Core.Futures;

/// <summary>A continuous futures series spliced from consecutive contracts, back-adjusted as asked.</summary>
public sealed class ContinuousContract
{
    private ContinuousContract(Bar[] bars, RollEvent[] rolls, BackAdjustment adjustment)
    {
        Bars = bars;
        Rolls = rolls;
        Adjustment = adjustment;
    }

    /// <summary>The spliced bars in time order; open, high, low and close adjusted, volume as traded.</summary>
    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>The rolls, oldest first.</summary>
    public IReadOnlyList<RollEvent> Rolls { get; }

    /// <summary>The adjustment applied.</summary>
    public BackAdjustment Adjustment { get; }

    /// <summary>
    /// Builds the series: contract <c>i</c> supplies its bars after the previous roll bar up to and including its own roll
    /// bar (chosen by <paramref name="rule"/>); the last contract supplies the rest. Earlier segments are then adjusted
    /// by the cumulative gaps of all later rolls.
    /// </summary>
    /// <param name="contracts">Contracts in expiry order, each with bars sorted by start time.</param>
    /// <param name="rule">When to roll.</param>
    /// <param name="adjustment">How to remove the roll gaps.</param>
    /// <exception cref="ArgumentException">No contracts; contracts not in expiry order; unsorted bars; two consecutive contracts
    /// with no common bar to roll on; a ratio adjustment with a non-positive close on a roll bar.</exception>
    public static ContinuousContract Build(IReadOnlyList<ContractBars> contracts, FuturesRollRule rule, BackAdjustment adjustment)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(rule);
        if (contracts.Count == 0)
        {
            throw new ArgumentException("a continuous contract needs at least one contract", nameof(contracts));
        }

        for (int c = 0; c < contracts.Count; c++)
        {
            if (c > 0 && contracts[c].Contract.Expiry <= contracts[c - 1].Contract.Expiry)
            {
                throw new ArgumentException($"contract {contracts[c].Contract.Symbol} does not expire after {contracts[c - 1].Contract.Symbol}", nameof(contracts));
            }

            for (int i = 1; i < contracts[c].Bars.Count; i++)
            {
                if (contracts[c].Bars[i].StartUtcTicks <= contracts[c].Bars[i - 1].StartUtcTicks)
                {
                    throw new ArgumentException($"bars of {contracts[c].Contract.Symbol} are not in strictly increasing time order at index {i}", nameof(contracts));
                }
            }
        }

        var segments = new List<(int Contract, int From, int To)>(contracts.Count);
        var rolls = new RollEvent[contracts.Count - 1];
        long lastTaken = long.MinValue;
        for (int c = 0; c < contracts.Count; c++)
        {
            ContractBars front = contracts[c];
            int from = FirstAfter(front.Bars, lastTaken);
            int to = front.Bars.Count - 1;
            if (c < contracts.Count - 1)
            {
                ContractBars next = contracts[c + 1];
                var nextIndex = new Dictionary<long, int>(next.Bars.Count);
                for (int j = 0; j < next.Bars.Count; j++)
                {
                    nextIndex[next.Bars[j].StartUtcTicks] = j;
                }

                to = rule.RollIndex(front, next, nextIndex);
                if (to < 0 || front.Bars[to].StartUtcTicks <= lastTaken)
                {
                    throw new ArgumentException($"no common bar to roll from {front.Contract.Symbol} to {next.Contract.Symbol} after the previous roll", nameof(contracts));
                }

                Bar rollBar = front.Bars[to];
                Bar nextBar = next.Bars[nextIndex[rollBar.StartUtcTicks]];
                rolls[c] = new RollEvent(rollBar.StartUtcTicks, front.Contract.Symbol, next.Contract.Symbol, rollBar.Close, nextBar.Close);
                if (adjustment == BackAdjustment.Ratio && (rollBar.Close <= 0 || nextBar.Close <= 0))
                {
                    throw new ArgumentException($"ratio adjustment needs positive closes on the roll bar from {front.Contract.Symbol} to {next.Contract.Symbol}", nameof(adjustment));
                }

                lastTaken = rollBar.StartUtcTicks;
            }

            segments.Add((c, from, to));
        }

        // Cumulative adjustment of segment c: all rolls at or after c.
        var bars = new List<Bar>();
        for (int s = 0; s < segments.Count; s++)
        {
            (int c, int from, int to) = segments[s];
            double shift = 0;
            double factor = 1;
            for (int r = c; r < rolls.Length; r++)
            {
                shift += rolls[r].Gap;
                factor *= rolls[r].Ratio;
            }

            for (int i = from; i <= to; i++)
            {
                bars.Add(Adjust(contracts[c].Bars[i], adjustment, shift, factor));
            }
        }

        return new ContinuousContract([.. bars], rolls, adjustment);
    }

    private static Bar Adjust(Bar bar, BackAdjustment adjustment, double shift, double factor) => adjustment switch
    {
        BackAdjustment.None => bar,
        BackAdjustment.Difference => bar with { Open = bar.Open + shift, High = bar.High + shift, Low = bar.Low + shift, Close = bar.Close + shift },
        BackAdjustment.Ratio => bar with { Open = bar.Open * factor, High = bar.High * factor, Low = bar.Low * factor, Close = bar.Close * factor },
        _ => throw new ArgumentOutOfRangeException(nameof(adjustment), adjustment, "unknown back adjustment"),
    };

    private static int FirstAfter(IReadOnlyList<Bar> bars, long ticks)
    {
        int i = 0;
        while (i < bars.Count && bars[i].StartUtcTicks <= ticks)
        {
            i++;
        }

        return i;
    }
}
