using System.Text.Json;
using Bastion.Analytics.Reports;
using Microsoft.Playwright;

namespace Bastion.Analytics.Tests.Reports;

public sealed class TearSheetTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bastion-tearsheet-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Load_SampleRun_ReadsStrategiesTradesBenchmarkAndOptions()
    {
        ReportInput input = RunDirectory.Load(SampleRun.Write(_dir));
        Assert.Equal(["Trend ORCL", "Trend NVDA"], input.Strategies.Select(s => s.Name));
        Assert.Equal(2517, input.Strategies[0].Equity.Count);
        Assert.NotEmpty(input.Strategies[0].Trades);
        Assert.All(input.Strategies[1].Trades, t => Assert.Equal("NVDA", t.Symbol));
        Assert.Equal("SPY", input.Benchmark!.Name);
        Assert.Equal(0.02, input.Options.RiskFreeRate);
    }

    [Fact]
    public void Write_SampleRun_WritesHtmlJsonCsvWithSameNumbers()
    {
        SampleRun.Write(_dir);
        TearSheetReport report = TearSheet.Write(RunDirectory.Load(_dir), _dir);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, TearSheet.JsonFile)));
        JsonElement first = json.RootElement.GetProperty("strategies")[0];
        Assert.Equal(report.Strategies[0].Metrics.SharpeRatio, first.GetProperty("metrics").GetProperty("sharpeRatio").GetDouble(), 15);
        Assert.Equal(2, json.RootElement.GetProperty("trials").GetInt32());
        JsonElement metrics = first.GetProperty("metrics");
        Assert.InRange(metrics.GetProperty("sharpeRatio").GetDouble(), metrics.GetProperty("sharpeCiLower").GetDouble(), metrics.GetProperty("sharpeCiUpper").GetDouble());
        string[] csv = File.ReadAllLines(Path.Combine(_dir, TearSheet.CsvFile));
        Assert.Equal("section,metric,Trend ORCL,Trend NVDA", csv[0]);
        Assert.Contains(csv, l => l.Contains(",sharpeRatio,", StringComparison.Ordinal));
        string html = File.ReadAllText(Path.Combine(_dir, TearSheet.HtmlFile));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("Trend NVDA", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadEquityValue_NamesFileLineAndField()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "equity.csv"), "timestamp,A\n2024-01-02,100\n2024-01-03,abc\n");
        var ex = Assert.Throws<InvalidDataException>(() => RunDirectory.Load(_dir));
        Assert.Contains("equity.csv line 3, field 'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingEquity_SaysWhatIsNeeded()
    {
        Directory.CreateDirectory(_dir);
        var ex = Assert.Throws<InvalidDataException>(() => RunDirectory.Load(_dir));
        Assert.Contains("equity.csv", ex.Message, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task TearSheet_HeadlessChromium_EveryChartRendersWithoutErrors()
    {
        SampleRun.Write(_dir);
        TearSheet.Write(RunDirectory.Load(_dir), _dir);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.BrowserPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        IPage page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(Path.Combine(_dir, TearSheet.HtmlFile)).AbsoluteUri);

        string[] expectedCharts = ["equity-linear", "equity-log", "underwater", "annual-returns", "return-distribution", "monthly-heatmap-0", "monthly-heatmap-1", "rolling-sharpe", "rolling-volatility", "rolling-beta"];
        foreach (string id in expectedCharts)
        {
            int marks = await page.EvaluateAsync<int>(
                "id => [...document.querySelectorAll('#' + id + ' .mark')].filter(e => e.tagName === 'path' ? (e.getAttribute('d') || '').length > 20 : (e.getBBox().width > 0 && e.getBBox().height > 0)).length", id);
            Assert.True(marks > 0, $"chart {id} has no rendered marks");
        }

        int charts = await page.EvaluateAsync<int>("() => document.querySelectorAll('svg.chart').length");
        Assert.Equal(expectedCharts.Length, charts);
        Assert.Empty(errors);
        Assert.All(requests, u => Assert.StartsWith("file://", u, StringComparison.Ordinal));

        // The log-scale switch swaps the two equity charts.
        await page.CheckAsync("#log-scale");
        Assert.Equal("block", await page.EvaluateAsync<string>("() => document.getElementById('equity-log').style.display"));
        await page.UncheckAsync("#log-scale");

        string? shot = Environment.GetEnvironmentVariable("BASTION_TEARSHEET_SCREENSHOT");
        await page.ScreenshotAsync(new() { Path = shot is { Length: > 0 } ? shot : Path.Combine(_dir, "tearsheet.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
