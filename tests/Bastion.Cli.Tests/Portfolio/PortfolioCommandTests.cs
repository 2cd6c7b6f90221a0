using System.Text.Json;
using Bastion.Cli.Tests.Backtest;

namespace Bastion.Cli.Tests.Portfolio;

/// <summary>The portfolio commands on the bundled 20-stock price file (late listings leave blank cells).</summary>
public sealed class PortfolioCommandTests : IDisposable
{
    private static readonly string s_prices = BacktestCommandTests.Sample("stock_prices.csv");
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Optimize_HrpJson_WeightsSumToOneWithPerformance()
    {
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "pairwise", "--method", "hrp", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal("hrp", root.GetProperty("method").GetString());
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.Equal(20, root.GetProperty("weights").EnumerateObject().Count());
        Assert.Equal(1.0, root.GetProperty("weights").EnumerateObject().Sum(p => p.Value.GetDouble()), 1e-12);
        Assert.Equal(0.02, root.GetProperty("riskFreeRate").GetDouble());
        Assert.True(root.GetProperty("volatility").GetDouble() > 0);
        // PyPortfolioOpt's own fixture (tests/resources/weights_hrp.csv): XOM 0.11175337115721229.
        Assert.Equal(0.11175337115721229, root.GetProperty("weights").GetProperty("XOM").GetDouble(), 1e-9);
    }

    [Fact]
    public void Optimize_MissingCellsWithDefaultPolicy_NamesFileDateAndSymbol()
    {
        (int code, _, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--method", "hrp");

        Assert.Equal(2, code);
        Assert.Contains("1989-12-29: price of GOOG is missing", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_UnknownMethod_ListsKnownOnes()
    {
        (int code, _, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--method", "magic");

        Assert.Equal(2, code);
        Assert.Contains("unknown optimizer 'magic'", stderr, StringComparison.Ordinal);
        Assert.Contains("risk-parity", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_FewerRowsThanAssets_SuggestsShrinkage()
    {
        string prices = _cli.File("short.csv", "date,A,B,C,D\n2020-01-01,1,2,3,4\n2020-01-02,1.1,2.1,3.1,4.2\n2020-01-03,1.2,2.0,3.3,4.1\n");

        (int code, _, string stderr) = _cli.Run("optimize", "--prices", prices, "--method", "risk-parity");

        Assert.Equal(2, code);
        Assert.Contains("use --covariance ledoit-wolf", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Covariance_LedoitWolfJson_ReportsShrinkage()
    {
        (int code, string stdout, string stderr) = _cli.Run("covariance", "--prices", s_prices, "--missing", "drop", "--covariance", "ledoit-wolf", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        double delta = doc.RootElement.GetProperty("shrinkageIntensity").GetDouble();
        Assert.InRange(delta, 0.0, 1.0);
        Assert.Equal(20, doc.RootElement.GetProperty("matrix").GetArrayLength());
    }

    [Fact]
    public void Allocate_GreedyAndLeastSquares_SpendNoMoreThanCash()
    {
        string weights = _cli.File("w.csv", "symbol,weight\nAAPL,0.5\nXOM,0.3\nJPM,0.2\n");
        foreach (string method in new[] { "greedy", "least-squares" })
        {
            (int code, string stdout, string stderr) = _cli.Run("allocate", "--weights", weights, "--prices", s_prices, "--cash", "10000", "--method", method, "--format", "json");
            Assert.True(code == 0, stderr);
            using JsonDocument doc = JsonDocument.Parse(stdout);
            decimal leftover = doc.RootElement.GetProperty("leftover").GetDecimal();
            Assert.InRange(leftover, 0m, 10000m);
        }
    }

    [Fact]
    public void Allocate_SymbolNotInPrices_NamesIt()
    {
        string weights = _cli.File("w.csv", "symbol,weight\nAAPL,0.5\nTSLA,0.5\n");
        (int code, _, string stderr) = _cli.Run("allocate", "--weights", weights, "--prices", s_prices, "--cash", "10000");
        Assert.Equal(2, code);
        Assert.Contains("symbol TSLA is not in", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebalance_DriftBeyondThreshold_OrdersWithReasons()
    {
        string holdings = _cli.File("h.csv", "symbol,quantity\nAAPL,300\nXOM,100\nJPM,50\n");
        string targets = _cli.File("t.csv", "symbol,weight\nAAPL,0.4\nXOM,0.3\nJPM,0.3\n");

        (int code, string stdout, string stderr) = _cli.Run(
            "rebalance", "--holdings", holdings, "--targets", targets, "--prices", s_prices, "--cash", "1000",
            "--calendar", "none", "--last-rebalance", "2018-03-01", "--abs-drift", "0.05", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.StartsWith("absolute drift AAPL", doc.RootElement.GetProperty("triggers")[0].GetString(), StringComparison.Ordinal);
        JsonElement first = doc.RootElement.GetProperty("orders")[0];
        Assert.Equal("AAPL", first.GetProperty("symbol").GetString());
        Assert.True(first.GetProperty("quantity").GetDecimal() < 0);
    }

    [Fact]
    public void Rebalance_MalformedHoldings_NamesLine()
    {
        string holdings = _cli.File("h.csv", "symbol,quantity\nAAPL,300\nXOM;100\n");
        string targets = _cli.File("t.csv", "symbol,weight\nAAPL,1\n");

        (int code, _, string stderr) = _cli.Run("rebalance", "--holdings", holdings, "--targets", targets, "--prices", s_prices);

        Assert.Equal(2, code);
        Assert.Contains("h.csv:3: expected 'symbol,quantity'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_MaxSharpeJson_FullyInvestedWithPositiveSharpe()
    {
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "max-sharpe", "--covariance", "ledoit-wolf", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("weights").EnumerateObject().Sum(p => p.Value.GetDouble()), 1e-8);
        Assert.All(doc.RootElement.GetProperty("weights").EnumerateObject(), p => Assert.InRange(p.Value.GetDouble(), -1e-9, 1 + 1e-9));
        Assert.True(doc.RootElement.GetProperty("sharpe").GetDouble() > 0);
    }

    [Fact]
    public void Optimize_UnreachableTargetReturn_InfeasibleExitOneNamingConstraints()
    {
        (int code, string stdout, _) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "efficient-return", "--target-return", "0.9");

        Assert.Equal(1, code);
        Assert.Contains("Infeasible", stdout, StringComparison.Ordinal);
        Assert.Contains("target return", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_MinCvarJson_ReportsCvar()
    {
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "min-cvar", "--confidence", "0.95", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.True(doc.RootElement.GetProperty("cvar").GetDouble() > 0);
    }

    [Fact]
    public void Optimize_BlackLitterman_UsesViewsAndRejectsUnknownSymbols()
    {
        string caps = _cli.File("caps.csv", "symbol,cap\n" + string.Join("\n", File.ReadLines(s_prices).First().Split(',').Skip(1).Select(s => s + ",100")) + "\n");
        string views = _cli.File("views.csv", "asset,versus,value,confidence\nAAPL,,0.10,0.6\nGOOG,AMZN,0.02,0.3\n");
        string badViews = _cli.File("bad.csv", "asset,versus,value\nTSLA,,0.3\n");

        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "black-litterman", "--views", views, "--market-caps", caps, "--format", "json");
        (int bad, _, string badErr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "black-litterman", "--views", badViews, "--market-caps", caps);

        Assert.True(code == 0, stderr);
        Assert.Equal("black-litterman", JsonDocument.Parse(stdout).RootElement.GetProperty("method").GetString());
        Assert.Equal(2, bad);
        Assert.Contains("bad.csv:2: unknown symbol 'TSLA'", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_SectorLimitsForUnknownSector_NamesFileAndLine()
    {
        string sectors = _cli.File("sectors.csv", "symbol,sector\nAAPL,Tech\nXOM,Energy\n");
        string limits = _cli.File("limits.csv", "sector,min,max\nTech,0,0.3\nHealth,0,0.2\n");

        (int code, _, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "min-volatility", "--sectors", sectors, "--sector-limits", limits);

        Assert.Equal(2, code);
        Assert.Contains("limits.csv:3: unknown sector 'Health'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Frontier_Json_ReturnsRequestedPointsWithRisingReturn()
    {
        (int code, string stdout, string stderr) = _cli.Run("frontier", "--prices", s_prices, "--missing", "drop", "--covariance", "ledoit-wolf", "--points", "6", "--format", "json");

        Assert.True(code == 0, stderr);
        double[] returns = [.. JsonDocument.Parse(stdout).RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("expectedReturn").GetDouble())];
        Assert.Equal(6, returns.Length);
        Assert.True(returns.Zip(returns.Skip(1)).All(p => p.Second > p.First));
    }
}
