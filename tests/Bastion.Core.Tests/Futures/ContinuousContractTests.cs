using Bastion.Core.Calendars;
using Bastion.Core.Futures;
using Bastion.Core.Instruments;
using Bastion.Core.MarketData;

namespace Bastion.Core.Tests.Futures;

/// <summary>
/// Worked example, checked by hand. ESH24 (last trading day 2024-03-15) and ESM24 daily closes on XNYS trading days:
/// <code>
/// date        03-06 03-07 03-08 03-11 03-12 03-13 03-14 03-15 03-18 03-19
/// ESH24 close  5000  5010  5020  5030  5040  5050  5060  5070
/// ESM24 close              5060  5072  5082  5090  5100  5110  5120  5130
/// ESH24 vol    1000   900   800   700   600   500   400   300
/// ESM24 vol               100   750   900  1000  1100  1200  1300  1400
/// </code>
/// Three trading days before 03-15 is 03-12: roll bar 03-12, gap 5082 − 5040 = 42, ratio 5082 / 5040.
/// Volume crossover: 03-11 is the first common day with ESM24 volume above ESH24 (750 &gt; 700): gap 5072 − 5030 = 42.
/// </summary>
public sealed class ContinuousContractTests
{
    private static readonly DateOnly[] s_h24Days = [D(6), D(7), D(8), D(11), D(12), D(13), D(14), D(15)];
    private static readonly DateOnly[] s_m24Days = [D(8), D(11), D(12), D(13), D(14), D(15), D(18), D(19)];

    private static DateOnly D(int day) => new(2024, 3, day);

    private static ContractBars Series(Future contract, DateOnly[] days, double[] closes, double[] volumes)
        => new(contract, [.. days.Select((d, i) => new Bar(
            new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks, TimeSpan.TicksPerDay,
            closes[i] - 1, closes[i] + 2, closes[i] - 3, closes[i], volumes[i]))]);

    private static ContractBars[] Contracts()
    {
        var h24 = new Future("ES", new ContractMonth(2024, 3), new DateOnly(2024, 3, 15), 50m, 0.25m, 12_000m, 11_000m);
        var m24 = new Future("ES", new ContractMonth(2024, 6), new DateOnly(2024, 6, 21), 50m, 0.25m, 12_000m, 11_000m);
        return
        [
            Series(h24, s_h24Days, [5000, 5010, 5020, 5030, 5040, 5050, 5060, 5070], [1000, 900, 800, 700, 600, 500, 400, 300]),
            Series(m24, s_m24Days, [5060, 5072, 5082, 5090, 5100, 5110, 5120, 5130], [100, 750, 900, 1000, 1100, 1200, 1300, 1400]),
        ];
    }

    [Fact]
    public void DaysBeforeExpiry_Difference_ShiftsOldSegmentByGap()
    {
        var series = ContinuousContract.Build(Contracts(), FuturesRollRule.DaysBeforeExpiry(3, XnysCalendar.Instance), BackAdjustment.Difference);
        Assert.Equal([5042.0, 5052, 5062, 5072, 5082, 5090, 5100, 5110, 5120, 5130], series.Bars.Select(b => b.Close));
        Assert.Equal([5041.0, 5051, 5061, 5071, 5081, 5089, 5099, 5109, 5119, 5129], series.Bars.Select(b => b.Open));
        RollEvent roll = Assert.Single(series.Rolls);
        Assert.Equal("ESH24", roll.From.Value);
        Assert.Equal("ESM24", roll.To.Value);
        Assert.Equal(42.0, roll.Gap);
        Assert.Equal(D(12), DateOnly.FromDateTime(new DateTime(roll.RollBarStartUtcTicks, DateTimeKind.Utc)));
        Assert.Equal([1000.0, 900, 800, 700, 600, 1000, 1100, 1200, 1300, 1400], series.Bars.Select(b => b.Volume));
    }

    [Fact]
    public void DaysBeforeExpiry_Ratio_ScalesOldSegmentAndKeepsReturns()
    {
        var series = ContinuousContract.Build(Contracts(), FuturesRollRule.DaysBeforeExpiry(3, XnysCalendar.Instance), BackAdjustment.Ratio);
        double factor = 5082.0 / 5040.0;
        double[] expected = [5000 * factor, 5010 * factor, 5020 * factor, 5030 * factor, 5082, 5090, 5100, 5110, 5120, 5130];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], series.Bars[i].Close, 9);
        }

        // Percentage return from the roll bar into the new contract is the new contract's own return: 5090 / 5082.
        Assert.Equal(5090.0 / 5082.0, series.Bars[5].Close / series.Bars[4].Close, 12);
        Assert.Equal(5010.0 / 5000.0, series.Bars[1].Close / series.Bars[0].Close, 12);
    }

    [Fact]
    public void VolumeCrossover_None_SplicesRawPricesAtCrossover()
    {
        var series = ContinuousContract.Build(Contracts(), FuturesRollRule.VolumeCrossover(), BackAdjustment.None);
        Assert.Equal([5000.0, 5010, 5020, 5030, 5082, 5090, 5100, 5110, 5120, 5130], series.Bars.Select(b => b.Close));
        RollEvent roll = Assert.Single(series.Rolls);
        Assert.Equal(D(11), DateOnly.FromDateTime(new DateTime(roll.RollBarStartUtcTicks, DateTimeKind.Utc)));
        Assert.Equal(42.0, roll.Gap);
    }

    [Fact]
    public void Build_ContractsOutOfOrderOrWithoutCommonBars_Throws()
    {
        ContractBars[] c = Contracts();
        Assert.Throws<ArgumentException>(() => ContinuousContract.Build([c[1], c[0]], FuturesRollRule.VolumeCrossover(), BackAdjustment.None));
        var late = c[1] with { Bars = [.. c[1].Bars.Skip(6)] }; // only 03-18, 03-19: nothing in common with ESH24
        var ex = Assert.Throws<ArgumentException>(() => ContinuousContract.Build([c[0], late], FuturesRollRule.DaysBeforeExpiry(3, XnysCalendar.Instance), BackAdjustment.Difference));
        Assert.Contains("no common bar", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ContinuousContract.Build([], FuturesRollRule.VolumeCrossover(), BackAdjustment.None));
    }

    [Fact]
    public void Build_SingleContract_ReturnsItsBarsUnchanged()
    {
        ContractBars[] c = Contracts();
        var series = ContinuousContract.Build([c[0]], FuturesRollRule.VolumeCrossover(), BackAdjustment.Ratio);
        Assert.Equal(c[0].Bars, series.Bars);
        Assert.Empty(series.Rolls);
    }
}
