using Bastion.Analytics.Attribution;
using Bastion.Analytics.Reports;
using Bastion.Analytics.Series;

namespace Bastion.Analytics.Tests.Attribution;

public sealed class AttributionSectionTests
{
    private static ReportInput Input(ReportAttributionInput? attribution)
    {
        ReturnSeries r = FactorAttributionTests.Strategy("EQW5");
        var times = new List<DateTimeOffset> { r.Dates[0].AddDays(-2) };
        var equity = new List<double> { 100.0 };
        for (int i = 0; i < r.Count; i++)
        {
            times.Add(r.Dates[i]);
            equity.Add(equity[^1] * (1 + r.Values[i]));
        }

        return new ReportInput { Strategies = [new StrategyRun("EQW5", times, [.. equity], [])], Attribution = attribution };
    }

    [Fact]
    public void Build_WithFactorsAndStyles_AddsAttributionMatchingTheDirectCalls()
    {
        ReturnPanel factors = ReturnPanelFile.Read(AttributionFixture.PathOf("factors_daily_percent.csv"), percent: true);
        ReturnPanel styles = ReturnPanelFile.Read(AttributionFixture.PathOf("style_indexes.csv"), percent: false);
        TearSheetReport report = TearSheet.Build(Input(new ReportAttributionInput { Factors = factors, Styles = styles, StyleWindow = 252, FactorOptions = new() { Lags = 5 } }));
        StrategyAttribution a = Assert.Single(report.Attribution);
        double expectedAlpha = AttributionFixture.Expected.GetProperty("factors").GetProperty("EQW5").GetProperty("lags5").GetProperty("params")[0].GetDouble();
        Assert.Equal(expectedAlpha, a.Factors!.Alpha.Estimate, 1e-9); // returns rebuilt from equity: equal to rounding
        Assert.Equal(755 - 252 + 1, a.Styles!.Rolling.Count);
        string html = Bastion.Analytics.Reports.Html.TearSheetHtml.Render(report);
        Assert.Contains("<section id=\"attribution\">", html, StringComparison.Ordinal);
        Assert.Contains("Factor attribution — EQW5", html, StringComparison.Ordinal);
        Assert.Contains("id=\"factor-contributions-0\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rolling-styles-0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutAttributionInput_NoSection()
    {
        TearSheetReport report = TearSheet.Build(Input(null));
        Assert.Empty(report.Attribution);
        Assert.DoesNotContain("id=\"attribution\"", Bastion.Analytics.Reports.Html.TearSheetHtml.Render(report), StringComparison.Ordinal);
    }
}
