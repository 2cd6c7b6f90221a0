using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Series;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Analytics.Tests.Performance;

/// <summary>Small series whose answers are worked by hand in the comments.</summary>
public sealed class HandCheckedMetricsTests
{
    private static readonly DateTimeOffset s_day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CumulativeReturn_UpTenDownTen_IsMinusOnePercent()
        => Assert.Equal(-0.01, ReturnMetrics.CumulativeReturn([0.10, -0.10]), 1e-15); // 1.1 × 0.9 − 1

    [Fact]
    public void SharpeRatio_TwoReturns_IsMeanOverSampleStd()
    {
        // mean 0.02, sample std √((0.01² + 0.01²)/1) = 0.0141421356; × √252
        Assert.Equal(0.02 / Math.Sqrt(0.0002) * Math.Sqrt(252), ReturnMetrics.SharpeRatio([0.01, 0.03], 0.0, 252), 1e-12);
    }

    [Fact]
    public void AnnualReturn_OneYearOfPeriods_EqualsCumulative()
    {
        // 12 monthly returns of 1%: years = 1, CAGR = 1.01¹² − 1
        double[] r = [.. Enumerable.Repeat(0.01, 12)];
        Assert.Equal(Math.Pow(1.01, 12) - 1, ReturnMetrics.AnnualReturn(r, 12), 1e-14);
    }

    [Fact]
    public void SortinoRatio_HandExample()
    {
        // r = [0.02, −0.01, 0.03, −0.02], MAR 0, P = 1: downside = √((0.01² + 0.02²)/4) = √0.000125
        // mean = 0.005 → Sortino = 0.005 / 0.0111803 = 0.4472136
        Assert.Equal(0.005 / Math.Sqrt(0.000125), ReturnMetrics.SortinoRatio([0.02, -0.01, 0.03, -0.02], 0.0, 1), 1e-12);
    }

    [Fact]
    public void Drawdown_FirstPeriodLoss_PeaksAtStartAndRecovers()
    {
        // wealth 1 → 0.5 → 1.0: a 50% drawdown from the start, recovered on day 2
        ReturnSeries r = ReturnSeries.Create("x", [s_day0.AddDays(1), s_day0.AddDays(2)], [-0.5, 1.0], s_day0);
        DrawdownPeriod dd = Assert.Single(DrawdownAnalysis.Episodes(r));
        Assert.Equal(s_day0, dd.PeakDate);
        Assert.Equal(s_day0.AddDays(1), dd.ValleyDate);
        Assert.Equal(s_day0.AddDays(2), dd.RecoveryDate);
        Assert.Equal(-0.5, dd.Depth);
        Assert.Equal(2, dd.DurationPeriods);
        Assert.Equal(-0.5, ReturnMetrics.MaxDrawdown(r.Values));
    }

    [Fact]
    public void Drawdown_NotRecovered_HasNoRecoveryDate()
    {
        // wealth 1.1, 0.88 (−20% from 1.1), 0.968: still under water
        ReturnSeries r = ReturnSeries.Create("x", [s_day0.AddDays(1), s_day0.AddDays(2), s_day0.AddDays(3)], [0.1, -0.2, 0.1], s_day0);
        DrawdownPeriod dd = Assert.Single(DrawdownAnalysis.Episodes(r));
        Assert.Equal(s_day0.AddDays(1), dd.PeakDate);
        Assert.Null(dd.RecoveryDate);
        Assert.False(dd.Recovered);
        Assert.Equal(-0.2, dd.Depth, 1e-15);
        Assert.Equal(2, dd.DurationPeriods);
    }

    [Fact]
    public void ValueAtRisk_TwentyReturns_IsPositiveLoss()
    {
        // sorted −0.10, −0.09, …: 5th percentile (linear) at h = 0.95 → −0.10 + 0.95 × 0.01 = −0.0905
        double[] sorted = [.. Enumerable.Range(0, 20).Select(i => -0.10 + (0.01 * i))];
        Assert.Equal(0.0905, ReturnMetrics.ValueAtRisk(sorted, 0.05), 1e-14);
        Assert.Equal(0.10, ReturnMetrics.ConditionalValueAtRisk(sorted, 0.05), 1e-14); // k = ⌊19 × 0.05⌋ = 0
    }

    [Fact]
    public void Compute_ConstantReturns_SharpeUndefinedWithReason()
    {
        ReturnSeries r = ReturnSeries.Create("flat", [.. Enumerable.Range(1, 10).Select(i => s_day0.AddDays(i))], [.. Enumerable.Repeat(0.001, 10)]);
        PerformanceMetrics m = PerformanceAnalysis.Compute(r);
        Assert.True(double.IsNaN(m.SharpeRatio));
        Assert.Contains("constant", m.Undefined["sharpeRatio"], StringComparison.Ordinal);
        Assert.True(double.IsNaN(m.SortinoRatio));
        Assert.True(m.Undefined.ContainsKey("sortinoRatio"));
    }

    [Fact]
    public void Compute_EmptySeries_EverythingUndefinedNoThrow()
    {
        PerformanceMetrics m = PerformanceAnalysis.Compute(ReturnSeries.Create("empty", [], []));
        Assert.Equal(0, m.Observations);
        Assert.True(double.IsNaN(m.SharpeRatio));
        Assert.Contains("at least 2", m.Undefined["sharpeRatio"], StringComparison.Ordinal);
        Assert.True(m.Undefined.ContainsKey("annualReturn"));
    }

    [Fact]
    public void Create_NaNReturn_IsDroppedAndCounted()
    {
        ReturnSeries r = ReturnSeries.Create("x", [s_day0, s_day0.AddDays(1), s_day0.AddDays(2)], [0.01, double.NaN, 0.02]);
        Assert.Equal(2, r.Count);
        Assert.Equal(1, r.DroppedMissing);
    }

    [Fact]
    public void Create_DatesNotIncreasing_ThrowsNamingElement()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReturnSeries.Create("x", [s_day0, s_day0], [0.01, 0.02]));
        Assert.Equal("dates", ex.ParamName);
        Assert.Contains("element 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MisalignedBenchmark_AlignsOnIntersectionAndReportsDropped()
    {
        ReturnSeries orcl = FixtureData.Returns("ORCL");
        ReturnSeries spy = FixtureData.Returns("SPY");
        var keep = Enumerable.Range(0, spy.Count).Where(i => i % 100 != 7).ToArray();
        ReturnSeries gappy = ReturnSeries.Create("SPY", [.. keep.Select(i => spy.Dates[i])], [.. keep.Select(i => spy.Values[i])]);
        PerformanceMetrics m = PerformanceAnalysis.Compute(orcl, null, gappy);
        BenchmarkComparison b = m.Benchmark!;
        Assert.Equal(spy.Count - keep.Length, b.DroppedFromStrategy.Count);
        Assert.Equal(spy.Dates[7], b.DroppedFromStrategy[0]);
        Assert.Equal(keep.Length, b.Observations);
        Assert.Throws<ArgumentException>(() => PerformanceAnalysis.Compute(orcl, new PerformanceOptions { RequireExactBenchmarkDates = true }, gappy));
    }

    [Fact]
    public void MaxDrawdown_AnyReturns_IsBetweenMinusOneAndZeroAndMatchesEpisodes()
    {
        Prop.ForAll(
            Gen.Choose(-500, 500).Select(i => i / 1000.0).ArrayOf().ToArbitrary(),
            (double[] r) =>
            {
                double mdd = ReturnMetrics.MaxDrawdown(r);
                ReturnSeries s = ReturnSeries.Create("p", [.. r.Select((_, i) => s_day0.AddDays(i + 1))], r, s_day0);
                IReadOnlyList<DrawdownPeriod> eps = DrawdownAnalysis.Episodes(s);
                double worst = eps.Count > 0 ? eps[0].Depth : 0.0;
                DrawdownPeriod? single = DrawdownAnalysis.WorstEpisode(s);
                bool same = eps.Count == 0 ? single is null : single == eps[0];
                return mdd <= 0.0 && mdd >= -1.0 && Math.Abs(mdd - worst) < 1e-12 && same;
            }).QuickCheckThrowOnFailure();
    }
}
