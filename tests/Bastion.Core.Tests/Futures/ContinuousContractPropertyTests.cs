using Bastion.Core.Futures;
using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Futures;

/// <summary>Invariants of back adjustment on random three-contract chains with overlapping daily bars.</summary>
public sealed class ContinuousContractPropertyTests
{
    private static readonly DateOnly s_day0 = new(2024, 1, 1);

    private static ContractBars Chain(int index, int firstDay, double[] closes, double[] volumes)
    {
        var month = new ContractMonth(2024, 3 + (3 * index));
        var future = new Future("ES", month, s_day0.AddDays(firstDay + closes.Length - 1), 50m, 0.25m, 1m, 1m, calendarName: "24x7");
        Bar[] bars = [.. closes.Select((c, i) => new Bar(
            new DateTimeOffset(s_day0.AddDays(firstDay + i).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks,
            TimeSpan.TicksPerDay, c, c + 1, c - 1, c, volumes[i]))];
        return new ContractBars(future, bars);
    }

    private static Gen<ContractBars[]> Chains() =>
        from closes in Gen.Choose(1000, 9000).ArrayOf(36)
        from volumes in Gen.Choose(0, 5000).ArrayOf(36)
        select new[]
        {
            // Contract k covers days 8k .. 8k+11, so consecutive contracts overlap for 4 days.
            Chain(0, 0, [.. closes.Take(12).Select(c => (double)c)], [.. volumes.Take(12).Select(v => (double)v)]),
            Chain(1, 8, [.. closes.Skip(12).Take(12).Select(c => (double)c)], [.. volumes.Skip(12).Take(12).Select(v => (double)v)]),
            Chain(2, 16, [.. closes.Skip(24).Take(12).Select(c => (double)c)], [.. volumes.Skip(24).Take(12).Select(v => (double)v)]),
        };

    private static double SourceClose(ContractBars[] chain, int contract, long start)
        => chain[contract].Bars.First(b => b.StartUtcTicks == start).Close;

    [Fact]
    public void Difference_PreservesEveryPointMoveOfTheHeldContract()
    {
        Prop.ForAll(Chains().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (chain, byVolume) =>
        {
            FuturesRollRule rule = byVolume ? FuturesRollRule.VolumeCrossover() : FuturesRollRule.DaysBeforeExpiry(2, Bastion.Core.Calendars.AlwaysOpenCalendar.Instance);
            var series = ContinuousContract.Build(chain, rule, BackAdjustment.Difference);
            var raw = ContinuousContract.Build(chain, rule, BackAdjustment.None);
            bool ok = series.Bars.Count == raw.Bars.Count && Math.Abs(series.Bars[^1].Close - raw.Bars[^1].Close) < 1e-9;
            for (int i = 1; i < series.Bars.Count && ok; i++)
            {
                // The move from bar i−1 to bar i is the move of the contract held over that step: the one that supplies bar i.
                int held = HeldContract(series.Rolls, series.Bars[i].StartUtcTicks);
                double expected = raw.Bars[i].Close - SourceClose(chain, held, series.Bars[i - 1].StartUtcTicks);
                ok = Math.Abs(series.Bars[i].Close - series.Bars[i - 1].Close - expected) < 1e-6;
            }

            return ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ratio_PreservesEveryReturnOfTheHeldContract()
    {
        Prop.ForAll(Chains().ToArbitrary(), chain =>
        {
            var series = ContinuousContract.Build(chain, FuturesRollRule.VolumeCrossover(), BackAdjustment.Ratio);
            var raw = ContinuousContract.Build(chain, FuturesRollRule.VolumeCrossover(), BackAdjustment.None);
            bool ok = true;
            for (int i = 1; i < series.Bars.Count && ok; i++)
            {
                int held = HeldContract(series.Rolls, series.Bars[i].StartUtcTicks);
                double expected = raw.Bars[i].Close / SourceClose(chain, held, series.Bars[i - 1].StartUtcTicks);
                ok = Math.Abs((series.Bars[i].Close / series.Bars[i - 1].Close) - expected) < 1e-9;
            }

            return ok;
        }).QuickCheckThrowOnFailure();
    }

    private static int HeldContract(IReadOnlyList<RollEvent> rolls, long barStart)
    {
        int held = 0;
        foreach (RollEvent roll in rolls)
        {
            if (barStart > roll.RollBarStartUtcTicks)
            {
                held++;
            }
        }

        return held;
    }
}
