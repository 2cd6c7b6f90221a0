using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bastion.Analytics.Reports;
using Bastion.Analytics.Reports.Html;
using Bastion.Analytics.Reports.Portfolio;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Playwright;

namespace Bastion.Analytics.Tests.Reports;

/// <summary>The portfolio section: shapes checked, charts with one mark per frontier point / asset / portfolio / held share, files, browser rendering.</summary>
public sealed class PortfolioSectionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bastion-portfolio-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>Three assets, two portfolios (one holds nothing of C), a seven-point frontier.</summary>
    internal static PortfolioReport Sample() => new()
    {
        Title = "Three assets",
        Estimation = "hand-made numbers",
        Symbols = ["A", "B", "C"],
        AssetReturns = [0.05, 0.10, -0.02],
        AssetVolatilities = [0.10, 0.20, 0.30],
        RiskFreeRate = 0.02,
        Frontier = [.. Enumerable.Range(0, 7).Select(k => new RiskReturnPoint(0.09 + (0.015 * k), 0.05 + (0.008 * k)))],
        Portfolios =
        [
            new PortfolioSummary("p1", [0.5, 0.5, 0.0], 0.075, 0.12, 0.458, [0.4, 0.6, 0.0]),
            new PortfolioSummary("p2", [0.2, 0.3, 0.5], 0.03, 0.15, 0.067, [0.1, 0.3, 0.6]),
        ],
        Notes = ["a note"],
    };

    [Fact]
    public void RenderPage_SampleReport_ChartsHaveOneMarkPerPointAssetPortfolioAndHeldShare()
    {
        string html = PortfolioSection.RenderPage(Sample());

        Assert.Equal(3, Regex.Count(html, "<svg "));
        Assert.Equal(7, Count(html, "efficient-frontier", "class=\"frontier-point\""));
        Assert.Equal(1, Count(html, "efficient-frontier", "class=\"series frontier mark\""));
        Assert.Equal(3, Count(html, "efficient-frontier", "class=\"asset mark\""));
        Assert.Equal(2, Count(html, "efficient-frontier", "class=\"portfolio mark\""));
        Assert.Equal(5, Count(html, "portfolio-weights", "class=\"segment mark\""));
        Assert.Equal(5, Count(html, "risk-contributions", "class=\"segment mark\""));
        Assert.Contains("p2 · C: 60.00%", html, StringComparison.Ordinal);
        Assert.Contains("a note", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WeightsOfWrongLength_NamesPortfolio()
    {
        PortfolioReport bad = Sample() with { Portfolios = [new PortfolioSummary("short", [1.0], 0.1, 0.1, 0.8, [1.0])] };

        var ex = Assert.Throws<ArgumentException>(() => PortfolioSection.RenderPage(bad));
        Assert.Contains("short weights: 1 values for 3 assets", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NaNRiskContribution_Throws()
    {
        PortfolioReport bad = Sample() with { Portfolios = [new PortfolioSummary("nan", [0.5, 0.5, 0], 0.1, 0.1, 0.8, [0.5, double.NaN, 0])] };

        Assert.Throws<ArgumentException>(() => PortfolioSection.WriteFiles(bad, _dir));
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void WriteFiles_SampleReport_JsonAndCsvHoldTheNumbers()
    {
        PortfolioSection.WriteFiles(Sample(), _dir);

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, PortfolioSection.JsonFile)));
        JsonElement p2 = doc.RootElement.GetProperty("portfolios")[1];
        Assert.Equal(0.6, p2.GetProperty("riskContributions").GetProperty("C").GetDouble());
        Assert.Equal(7, doc.RootElement.GetProperty("frontier").GetArrayLength());
        Assert.Equal((0.05 - 0.02) / 0.09, doc.RootElement.GetProperty("frontier")[0].GetProperty("sharpe").GetDouble(), 1e-15);
        string[] weights = File.ReadAllLines(Path.Combine(_dir, PortfolioSection.WeightsCsvFile));
        Assert.Equal(["portfolio,symbol,weight,risk_contribution", "p1,A,0.5,0.4", "p1,B,0.5,0.6", "p1,C,0,0", "p2,A,0.2,0.1", "p2,B,0.3,0.3", "p2,C,0.5,0.6"], weights);
        Assert.Equal(8, File.ReadAllLines(Path.Combine(_dir, PortfolioSection.FrontierCsvFile)).Length);
    }

    [Fact]
    public void StackedBars_RandomShares_OneSegmentPerShareAboveThreshold()
    {
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(-3, 6), 8)), raw =>
        {
            // Integers scaled to shares, some zero, some negative (short positions), some below the drawing threshold.
            double[] shares = [.. raw.Select((v, i) => v == 6 ? 1e-9 : v / 10.0)];
            string svg = StackedBarSvg.Render("x", "Weight", ["row"], [shares], [.. Enumerable.Range(0, 8).Select(i => "S" + i.ToString(CultureInfo.InvariantCulture))], PortfolioSectionHtml.AssetPalette);
            Assert.Equal(shares.Count(v => Math.Abs(v) >= StackedBarSvg.Smallest), Regex.Count(svg, "class=\"segment mark\""));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Fact]
    public void TearSheet_WithPortfolio_WritesSectionAndFiles()
    {
        SampleRun.Write(_dir);
        TearSheet.Write(RunDirectory.Load(_dir) with { Portfolio = Sample() }, _dir);

        string html = File.ReadAllText(Path.Combine(_dir, TearSheet.HtmlFile));
        Assert.Contains("<section id=\"portfolio\">", html, StringComparison.Ordinal);
        Assert.Equal(7, Count(html, "efficient-frontier", "class=\"frontier-point\""));
        Assert.True(File.Exists(Path.Combine(_dir, PortfolioSection.JsonFile)));
    }

    [ChromiumFact]
    public async Task TearSheetWithPortfolio_HeadlessChromium_PortfolioChartsRenderWithoutErrors()
    {
        SampleRun.Write(_dir);
        TearSheet.Write(RunDirectory.Load(_dir) with { Portfolio = Sample() }, _dir);
        string page = Path.Combine(_dir, "portfolio.html");
        File.WriteAllText(page, PortfolioSection.RenderPage(Sample()));
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.BrowserPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        foreach (string file in new[] { Path.Combine(_dir, TearSheet.HtmlFile), page })
        {
            IPage tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
            var errors = new List<string>();
            tab.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    errors.Add(m.Text);
                }
            };
            tab.PageError += (_, e) => errors.Add(e);
            var requests = new List<string>();
            tab.Request += (_, r) => requests.Add(r.Url);
            await tab.GotoAsync(new Uri(file).AbsoluteUri);

            // Visible marks: the frontier path is drawn, every circle, diamond and bar segment has a non-empty box.
            (string Chart, string Selector, int Expected)[] marks =
            [
                ("efficient-frontier", ".frontier", 1), ("efficient-frontier", ".frontier-point", 7), ("efficient-frontier", ".asset.mark", 3),
                ("efficient-frontier", ".portfolio.mark", 2), ("portfolio-weights", ".segment", 5), ("risk-contributions", ".segment", 5),
            ];
            foreach ((string chart, string selector, int expected) in marks)
            {
                int visible = await tab.EvaluateAsync<int>(
                    "a => [...document.querySelectorAll('#' + a[0] + ' ' + a[1])].filter(e => { const b = e.getBBox(); return b.width > 0 && b.height > 0; }).length",
                    new[] { chart, selector });
                Assert.True(visible == expected, $"{Path.GetFileName(file)}: {chart} {selector}: {visible} visible, expected {expected}");
            }

            Assert.Empty(errors);
            Assert.All(requests, u => Assert.StartsWith("file://", u, StringComparison.Ordinal));
            await tab.CloseAsync();
        }
    }

    private static int Count(string html, string chart, string needle)
    {
        int start = html.IndexOf($"<svg id=\"{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chart {chart} missing");
        int end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
        return Regex.Count(html[start..end], Regex.Escape(needle));
    }
}
