using Bastion.Analytics.Reports;

namespace Bastion.Analytics.Tests.Reports;

public sealed class TearSheetBuildTests
{
    private static readonly DateTimeOffset s_d = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SingleStrategyNoBenchmark_NoDsrAndNoBetaChart()
    {
        DateTimeOffset[] ts = [.. Enumerable.Range(0, 300).Select(i => s_d.AddDays(i))];
        double[] equity = [.. Enumerable.Range(0, 300).Select(i => 100.0 * (1 + (0.001 * i) + (0.01 * Math.Sin(i))))];
        var input = new ReportInput { Strategies = [new StrategyRun("Solo", ts, equity, [])] };
        TearSheetReport report = TearSheet.Build(input);
        Assert.Equal(0, report.Trials);
        Assert.Null(report.Strategies[0].Deflated);
        Assert.Empty(report.Strategies[0].RollingBeta);
        string html = Bastion.Analytics.Reports.Html.TearSheetHtml.Render(report);
        Assert.DoesNotContain("id=\"rolling-beta\"", html, StringComparison.Ordinal);
        Assert.Contains("No closed trades were recorded", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConstantEquity_RendersUndefinedMetricsWithReasons()
    {
        DateTimeOffset[] ts = [.. Enumerable.Range(0, 10).Select(i => s_d.AddDays(i))];
        var input = new ReportInput { Strategies = [new StrategyRun("Cash", ts, [.. Enumerable.Repeat(1000.0, 10)], [])] };
        TearSheetReport report = TearSheet.Build(input);
        Assert.True(double.IsNaN(report.Strategies[0].ProbabilisticSharpe));
        string html = Bastion.Analytics.Reports.Html.TearSheetHtml.Render(report);
        Assert.Contains("sharpeRatio is undefined", html, StringComparison.Ordinal);
        string json = MetricsExport.ToJson(report);
        Assert.Contains("\"sharpeRatio\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoStrategies_Throws()
        => Assert.Throws<ArgumentException>(() => TearSheet.Build(new ReportInput { Strategies = [] }));

    [Fact]
    public void Monthly_CompoundsWithinMonth()
    {
        var r = Series.ReturnSeries.Create("x", [new(2024, 1, 30, 0, 0, 0, TimeSpan.Zero), new(2024, 1, 31, 0, 0, 0, TimeSpan.Zero), new(2024, 2, 1, 0, 0, 0, TimeSpan.Zero)], [0.1, 0.1, -0.5]);
        IReadOnlyList<PeriodReturn> m = PeriodReturns.Monthly(r);
        Assert.Equal(2, m.Count);
        Assert.Equal(0.21, m[0].Return, 15); // 1.1 × 1.1 − 1
        Assert.Equal(-0.5, m[1].Return);
        Assert.Equal(1.21 * 0.5 - 1, Assert.Single(PeriodReturns.Annual(r)).Return, 15);
    }
}
