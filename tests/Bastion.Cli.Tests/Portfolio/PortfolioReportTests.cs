using System.Text.Json;
using System.Text.RegularExpressions;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Commands.Demo;
using Bastion.Cli.Commands.Portfolio;
using Bastion.Cli.Tests.Backtest;
using Bastion.Data.Csv;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;
using Bastion.Portfolio.Returns;

namespace Bastion.Cli.Tests.Portfolio;

/// <summary>
/// The portfolio report of <c>bastion demo</c> and of <c>--report</c> on <c>optimize</c> and <c>frontier</c>, checked
/// against NumPy/pandas reference values (tools/fixtures/portfolio/risk_contributions.py).
/// </summary>
public sealed class PortfolioReportTests : IDisposable
{
    private static readonly string s_prices = BacktestCommandTests.Sample("stock_prices.csv");
    private static readonly Lazy<JsonElement> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "risk_contributions.expected.json"))).RootElement);

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Build_FixedWeightsOnSample_RiskContributionsMatchNumPy()
    {
        OptimizationInputs inputs = SampleInputs();
        JsonElement expected = s_expected.Value;
        var allocations = new[] { "equal_weight", "tilted" }
            .Select(k => new PortfolioAllocation(k, OptimizationStatus.Optimal, inputs.Symbols, Doubles(expected.GetProperty(k).GetProperty("weights"))))
            .ToArray();

        PortfolioReport report = PortfolioReportBuilder.Build("t", "e", inputs, allocations, [], []);

        Assert.Equal(Strings(expected.GetProperty("symbols")), report.Symbols);
        AssertClose(Doubles(expected.GetProperty("asset_returns")), report.AssetReturns, 1e-10);
        AssertClose(Doubles(expected.GetProperty("asset_volatilities")), report.AssetVolatilities, 1e-10);
        foreach (PortfolioSummary p in report.Portfolios)
        {
            JsonElement e = expected.GetProperty(p.Name);
            AssertClose(Doubles(e.GetProperty("risk_contributions")), p.RiskContributions, 1e-10);
            Assert.Equal(1.0, p.RiskContributions.Sum(), 1e-12);
            Assert.Equal(e.GetProperty("volatility").GetDouble(), p.Volatility, 1e-10);
            Assert.Equal(e.GetProperty("expected_return").GetDouble(), p.ExpectedReturn, 1e-10);
            Assert.Equal(e.GetProperty("sharpe").GetDouble(), p.Sharpe, 1e-9);
        }
    }

    [Fact]
    public void Build_AllocationNotOptimal_BecomesNote()
    {
        OptimizationInputs inputs = SampleInputs();
        var failed = new PortfolioAllocation("max-sharpe", OptimizationStatus.Infeasible, inputs.Symbols, [], "no asset beats the risk-free rate");
        PortfolioReport report = PortfolioReportBuilder.Build("t", "e", inputs, [HeuristicAllocations.EqualWeight(inputs.Symbols), failed], [], []);

        Assert.Equal(["equal-weight"], report.Portfolios.Select(p => p.Name));
        Assert.Contains(report.Notes, n => n.StartsWith("max-sharpe: Infeasible: no asset beats", StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_WritesPortfolioFilesAndSectionMatchingNumPy()
    {
        string folder = Path.Combine(_cli.Dir, "demo");
        (int code, string stdout, string stderr) = _cli.Run("demo", "--out", folder, "--samples", Path.GetDirectoryName(s_prices)!);

        Assert.True(code == 0, stderr);
        Assert.Contains("portfolio (20 stocks)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^max-sharpe\s+\d+\.\d\d%", stdout);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, PortfolioSection.JsonFile)));
        JsonElement root = doc.RootElement;
        Assert.Equal(DemoPortfolio.FrontierPoints, root.GetProperty("frontier").GetArrayLength());
        JsonElement[] portfolios = [.. root.GetProperty("portfolios").EnumerateArray()];
        Assert.Equal(PortfolioReportBuilder.StandardMethods, portfolios.Select(p => p.GetProperty("name").GetString()));
        foreach (JsonElement p in portfolios)
        {
            Assert.Equal(1.0, p.GetProperty("weights").EnumerateObject().Sum(w => w.Value.GetDouble()), 1e-9);
            Assert.Equal(1.0, p.GetProperty("riskContributions").EnumerateObject().Sum(w => w.Value.GetDouble()), 1e-12);
        }

        // Equal weight needs no optimizer: its risk contributions depend only on the data pipeline (pairwise covariance).
        string[] symbols = Strings(s_expected.Value.GetProperty("symbols"));
        double[] expected = Doubles(s_expected.Value.GetProperty("equal_weight").GetProperty("risk_contributions"));
        JsonElement rc = portfolios[0].GetProperty("riskContributions");
        AssertClose(expected, [.. symbols.Select(s => rc.GetProperty(s).GetDouble())], 1e-10);

        // At the long-only minimum-variance portfolio every held asset's marginal risk equals the portfolio's: risk share = weight (KKT).
        JsonElement minVol = portfolios[1];
        foreach (JsonProperty w in minVol.GetProperty("weights").EnumerateObject())
        {
            Assert.Equal(w.Value.GetDouble(), minVol.GetProperty("riskContributions").GetProperty(w.Name).GetDouble(), 1e-5);
        }

        string[] csv = File.ReadAllLines(Path.Combine(folder, PortfolioSection.WeightsCsvFile));
        Assert.Equal("portfolio,symbol,weight,risk_contribution", csv[0]);
        Assert.Equal(1 + (5 * 20), csv.Length);
        Assert.Equal(1 + DemoPortfolio.FrontierPoints, File.ReadAllLines(Path.Combine(folder, PortfolioSection.FrontierCsvFile)).Length);
        string html = File.ReadAllText(Path.Combine(folder, "tearsheet.html"));
        Assert.Equal(DemoPortfolio.FrontierPoints, Count(html, "efficient-frontier", "class=\"frontier-point\""));
        Assert.Equal(20, Count(html, "efficient-frontier", "class=\"asset mark\""));
        Assert.Equal(5, Count(html, "efficient-frontier", "class=\"portfolio mark\""));
        Assert.Equal(Held(portfolios, "weights"), Count(html, "portfolio-weights", "class=\"segment mark\""));
        Assert.Equal(Held(portfolios, "riskContributions"), Count(html, "risk-contributions", "class=\"segment mark\""));
    }

    [Fact]
    public void Frontier_Report_WritesStandalonePageWithThreeCharts()
    {
        string page = Path.Combine(_cli.Dir, "frontier.html");
        (int code, string stdout, string stderr) = _cli.Run("frontier", "--prices", s_prices, "--missing", "pairwise", "--points", "12", "--report", page);

        Assert.True(code == 0, stderr);
        Assert.Contains("report: " + page, stdout, StringComparison.Ordinal);
        string html = File.ReadAllText(page);
        Assert.Equal(3, Regex.Count(html, "<svg "));
        Assert.Equal(12, Count(html, "efficient-frontier", "class=\"frontier-point\""));
        Assert.Equal(5, Count(html, "efficient-frontier", "class=\"portfolio mark\""));
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_ReportWithJson_WritesPageAndKeepsJsonClean()
    {
        string page = Path.Combine(_cli.Dir, "max-sharpe.html");
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "pairwise", "--method", "max-sharpe", "--report", page, "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        string html = File.ReadAllText(page);
        Assert.Equal(1, Count(html, "efficient-frontier", "class=\"portfolio mark\""));
        Assert.Equal(20, Count(html, "efficient-frontier", "class=\"frontier-point\""));
        int held = doc.RootElement.GetProperty("weights").EnumerateObject().Count(w => Math.Abs(w.Value.GetDouble()) >= 1e-6);
        Assert.Equal(held, Count(html, "portfolio-weights", "class=\"segment mark\""));
    }

    [Fact]
    public void Optimize_ReportInMissingFolder_ExitsTwoAndWritesNothing()
    {
        string page = Path.Combine(_cli.Dir, "nope", "r.html");
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "pairwise", "--method", "hrp", "--report", page);

        Assert.Equal(2, code);
        Assert.Contains("--report: folder", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(Path.GetDirectoryName(page)));
    }

    private static OptimizationInputs SampleInputs()
    {
        PriceMatrix prices = WidePriceReader.Read(s_prices);
        ReturnPanel returns = ReturnPanel.FromPrices(prices.ToArray(), prices.Symbols, MissingPolicy.Pairwise);
        return new OptimizationInputs
        {
            Symbols = returns.Symbols,
            ExpectedReturns = ExpectedReturns.MeanHistorical(returns, compounding: true, frequency: 252),
            Covariance = new SampleCovariance().Estimate(returns, 252).Matrix,
            Returns = returns,
            RiskFreeRate = s_expected.Value.GetProperty("risk_free_rate").GetDouble(),
        };
    }

    /// <summary>Number of shares of at least 1e-6 in magnitude (the ones that get a bar segment) over all portfolios.</summary>
    private static int Held(JsonElement[] portfolios, string property)
        => portfolios.Sum(p => p.GetProperty(property).EnumerateObject().Count(w => Math.Abs(w.Value.GetDouble()) >= 1e-6));

    /// <summary>Occurrences of <paramref name="needle"/> inside the SVG element with id <paramref name="chart"/>.</summary>
    private static int Count(string html, string chart, string needle)
    {
        int start = html.IndexOf($"<svg id=\"{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chart {chart} missing");
        int end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
        return Regex.Count(html[start..end], Regex.Escape(needle));
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}] expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];

    private static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
}
