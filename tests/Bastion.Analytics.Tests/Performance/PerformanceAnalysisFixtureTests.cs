using System.Text.Json;
using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Rolling;
using Bastion.Analytics.Series;

namespace Bastion.Analytics.Tests.Performance;

/// <summary>Every metric against empyrical's formulas computed by make_fixtures.py on ORCL/NVDA vs SPY, 2005–2014.</summary>
public sealed class PerformanceAnalysisFixtureTests
{
    private static readonly PerformanceOptions s_options = new() { RiskFreeRate = 0.02, RequiredReturn = 0.05, RollingWindow = 126 };

    [Theory]
    [InlineData("ORCL")]
    [InlineData("NVDA")]
    public void Compute_RealPrices_MatchesEmpyricalFormulas(string name)
    {
        PerformanceMetrics m = PerformanceAnalysis.Compute(FixtureData.Returns(name), s_options, FixtureData.Returns("SPY"));

        Assert.Equal((int)FixtureData.Get(name, "observations"), m.Observations);
        Close(name, "cumulativeReturn", m.CumulativeReturn);
        Close(name, "annualReturn", m.AnnualReturn);
        Close(name, "annualVolatility", m.AnnualVolatility);
        Close(name, "sharpeRatio", m.SharpeRatio);
        Close(name, "sortinoRatio", m.SortinoRatio);
        Close(name, "downsideRisk", m.DownsideRisk);
        Close(name, "calmarRatio", m.CalmarRatio);
        Close(name, "omegaRatio", m.OmegaRatio);
        Close(name, "maxDrawdown", m.MaxDrawdown);
        Close(name, "tailRatio", m.TailRatio);
        Close(name, "skewness", m.Skewness);
        Close(name, "excessKurtosis", m.ExcessKurtosis);
        Close(name, "valueAtRisk", m.ValueAtRisk);
        Close(name, "conditionalValueAtRisk", m.ConditionalValueAtRisk);
        Close(name, "stability", m.Stability);
        BenchmarkComparison b = Assert.IsType<BenchmarkComparison>(m.Benchmark);
        Close(name, "alpha", b.Alpha);
        Close(name, "beta", b.Beta);
        Close(name, "informationRatio", b.InformationRatio);
        Close(name, "trackingError", b.TrackingError);
        Close(name, "upCapture", b.UpCapture);
        Close(name, "downCapture", b.DownCapture);
        Close(name, "excessAnnualReturn", b.ExcessAnnualReturn);
        Close(name, "correlation", b.Correlation);
        Assert.Empty(b.DroppedFromBenchmark);
        Assert.Empty(m.Undefined);
    }

    [Fact]
    public void SharpeRatio_ZeroRiskFree_MatchesEmpyrical()
    {
        ReturnSeries r = FixtureData.Returns("ORCL");
        Close("ORCL", "sharpeRatioNoRiskFree", ReturnMetrics.SharpeRatio(r.Values, 0.0, 252));
    }

    [Theory]
    [InlineData("ORCL")]
    [InlineData("NVDA")]
    public void WorstDrawdowns_RealPrices_MatchPyfolioTable(string name)
    {
        ReturnSeries r = FixtureData.Returns(name);
        IReadOnlyList<DrawdownPeriod> worst = DrawdownAnalysis.Worst(r, 5);
        JsonElement[] expected = [.. FixtureData.Expected.GetProperty("strategies").GetProperty(name).GetProperty("drawdowns").EnumerateArray()];
        Assert.Equal(expected.Length, worst.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            JsonElement e = expected[i];
            string peak = e.GetProperty("peak").GetString()!;
            Assert.Equal(peak == "start" ? r.StartDate : Date(peak), worst[i].PeakDate);
            Assert.Equal(Date(e.GetProperty("valley").GetString()!), worst[i].ValleyDate);
            string? rec = e.GetProperty("recovery").GetString();
            Assert.Equal(rec is null ? null : Date(rec), worst[i].RecoveryDate);
            Assert.Equal(e.GetProperty("depth").GetDouble(), worst[i].Depth, 1e-12);
            Assert.Equal(e.GetProperty("durationPeriods").GetInt32(), worst[i].DurationPeriods);
            Assert.Equal(e.GetProperty("peakToValleyPeriods").GetInt32(), worst[i].PeakToValleyPeriods);
        }

        Assert.Equal(FixtureData.Get(name, "maxDrawdown"), worst[0].Depth, 1e-12);
    }

    [Theory]
    [InlineData("ORCL")]
    [InlineData("NVDA")]
    public void Rolling_RealPrices_MatchPandasRolling(string name)
    {
        ReturnSeries r = FixtureData.Returns(name);
        ReturnSeries spy = FixtureData.Returns("SPY");
        double[] sharpe = RollingMetrics.Sharpe(r.Values, 126, s_options.RiskFreePerPeriod, 252);
        double[] vol = RollingMetrics.Volatility(r.Values, 126, 252);
        double[] beta = RollingMetrics.Beta(r.Values, spy.Values, 126);
        JsonElement roll = FixtureData.Expected.GetProperty("strategies").GetProperty(name).GetProperty("rolling");
        int[] idx = [.. roll.GetProperty("index").EnumerateArray().Select(x => x.GetInt32())];
        double[] es = [.. roll.GetProperty("sharpe").EnumerateArray().Select(x => x.GetDouble())];
        double[] ev = [.. roll.GetProperty("volatility").EnumerateArray().Select(x => x.GetDouble())];
        double[] eb = [.. roll.GetProperty("beta").EnumerateArray().Select(x => x.GetDouble())];
        Assert.True(double.IsNaN(sharpe[124]));
        for (int k = 0; k < idx.Length; k++)
        {
            Assert.Equal(es[k], sharpe[idx[k]], 1e-8);
            Assert.Equal(ev[k], vol[idx[k]], 1e-10);
            Assert.Equal(eb[k], beta[idx[k]], 1e-8);
        }
    }

    private static DateTimeOffset Date(string s) => new(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);

    private static void Close(string name, string metric, double actual)
    {
        double expected = FixtureData.Get(name, metric);
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(1.0, Math.Abs(expected)), $"{name} {metric}: expected {expected:R}, got {actual:R}");
    }
}
