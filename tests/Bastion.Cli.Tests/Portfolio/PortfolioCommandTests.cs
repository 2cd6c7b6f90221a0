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
}
