using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Tests.Trades;

public sealed class TradeAnalysisTests
{
    private static readonly DateTimeOffset s_d = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_ThreeTrades_HandChecked()
    {
        TradeRecord[] trades =
        [
            new("AAPL", s_d.AddDays(1), s_d.AddDays(3), 100, 110, 10, 100, 0.10, -0.02, 0.12),
            new("MSFT", s_d.AddDays(4), s_d.AddDays(5), 200, 190, 5, -50, -0.05, -0.06, 0.01),
            new("AAPL", s_d.AddDays(6), s_d.AddDays(9), 50, 53, -20, -60, -0.06, -0.08, 0.0),
        ];
        DateTimeOffset[] ts = [.. Enumerable.Range(0, 11).Select(i => s_d.AddDays(i))];
        double[] equity = [.. Enumerable.Repeat(10_000.0, 11)];
        TradeStatistics s = TradeAnalysis.Compute(trades, ts, equity, 252);

        Assert.Equal(3, s.Trades);
        Assert.Equal(1.0 / 3, s.WinRate, 15);
        Assert.Equal(100.0 / 110, s.ProfitFactor, 15);          // 100 / (50 + 60)
        Assert.Equal(-10.0 / 3, s.Expectancy, 12);              // (100 − 50 − 60) / 3
        Assert.Equal(100, s.AverageWin);
        Assert.Equal(-55, s.AverageLoss);
        Assert.Equal(100, s.LargestWin);
        Assert.Equal(-60, s.LargestLoss);
        Assert.Equal(TimeSpan.FromDays(2), s.AverageHoldingTime); // (2 + 1 + 3) / 3 days
        Assert.Equal(-0.16 / 3, s.AverageMae, 15);
        Assert.Equal(0.13 / 3, s.AverageMfe, 15);
        // Periods start at days 0..9; held at starts 1, 2, 4, 6, 7, 8 → 6 of 10
        Assert.Equal(0.6, s.Exposure, 15);
        // Notional: 10·210 + 5·390 + 20·103 = 2100 + 1950 + 2060 = 6110; one-way /2 = 3055; / 10 000 / (10/252)
        Assert.Equal(3055.0 / 10_000 / (10.0 / 252), s.AnnualTurnover, 12);
    }

    [Fact]
    public void Compute_NoTrades_UndefinedRatios()
    {
        TradeStatistics s = TradeAnalysis.Compute([], [s_d, s_d.AddDays(1)], [1.0, 1.0]);
        Assert.Equal(0, s.Trades);
        Assert.True(double.IsNaN(s.WinRate));
        Assert.True(double.IsNaN(s.ProfitFactor));
        Assert.Equal(0.0, s.Exposure);
    }

    [Fact]
    public void Compute_OnlyWinners_ProfitFactorInfinite()
    {
        TradeStatistics s = TradeAnalysis.Compute([new("X", s_d, s_d.AddDays(1), 1, 2, 1, 1, 1, 0, 1)], [s_d, s_d.AddDays(1)], [1.0, 2.0]);
        Assert.True(double.IsPositiveInfinity(s.ProfitFactor));
    }

    [Fact]
    public void Compute_ExitBeforeEntry_Throws()
        => Assert.Throws<ArgumentException>(() => TradeAnalysis.Compute([new("X", s_d.AddDays(1), s_d, 1, 2, 1, 1, 1, 0, 1)], [], []));

    [Fact]
    public void Compute_InvestedFlags_ExposureCountsOpenPositionsWithoutTrades()
    {
        // Buy-and-hold has no closed trade; exposure comes from the flags: periods 1..3 start held, not held, held → 2/3.
        DateTimeOffset t0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        DateTimeOffset[] times = [t0, t0.AddDays(1), t0.AddDays(2), t0.AddDays(3)];
        double[] equity = [100, 101, 101, 102];

        TradeStatistics stats = TradeAnalysis.Compute([], times, equity, 252, [true, false, true, true]);

        Assert.Equal(2.0 / 3.0, stats.Exposure, 1e-15);
        Assert.Equal(0.0, TradeAnalysis.Compute([], times, equity).Exposure);
        Assert.Equal("invested", Assert.Throws<ArgumentException>(() => TradeAnalysis.Compute([], times, equity, 252, [true])).ParamName);
    }
}
