using System.Text.Json;

namespace Bastion.Cli.Tests.Backtest;

/// <summary><c>bastion backtest</c> and <c>bastion demo</c> end to end on the bundled real data, and their bad-input paths.</summary>
public sealed class BacktestCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    internal static string Sample(string name) => Bastion.Testing.RepositoryPaths.Sample(name);

    private string Out(string name) => Path.Combine(_cli.Dir, name);

    [Fact]
    public void Backtest_SmaCrossOnRealData_PrintsMetricsAndWritesRunFolder()
    {
        string folder = Out("run");
        (int code, string stdout, string stderr) = _cli.Run(
            "backtest", "--strategy", "sma-cross", "--param", "fast=50", "--param", "slow=200",
            "--data", Sample("NVDA-daily-1999-2014.csv"), "--commission-per-share", "0.005", "--commission-min", "1",
            "--slippage-bps", "5", "--out", folder);

        Assert.True(code == 0, stderr);
        Assert.Contains("Sharpe", stdout, StringComparison.Ordinal);
        Assert.Contains("Max drawdown", stdout, StringComparison.Ordinal);
        foreach (string file in new[] { "equity.csv", "trades.csv", "orders.csv", "run.json", "tearsheet.html", "metrics.json", "metrics.csv" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        // The run folder is what `bastion report --run` reads.
        (int reportCode, _, string reportErr) = _cli.Run("report", "--run", folder, "--out", Out("report"));
        Assert.True(reportCode == 0, reportErr);
    }

    [Fact]
    public void Backtest_SameInputsTwice_SameOrderListHash()
    {
        string[] args = ["backtest", "--strategy", "momentum", "--param", "lookback=63", "--param", "top=1",
            "--data", Sample("ORCL-daily-1995-2014.csv"), "--data", Sample("YHOO-daily-1996-2015.csv"), "--commission-bps", "2", "--format", "json"];
        (int c1, string o1, string e1) = _cli.Run([.. args, "--out", Out("a")]);
        (int c2, string o2, _) = _cli.Run([.. args, "--out", Out("b")]);

        Assert.True(c1 == 0, e1);
        Assert.Equal(0, c2);
        string Hash(string json) => JsonDocument.Parse(json).RootElement.GetProperty("runs")[0].GetProperty("orderListHash").GetString()!;
        Assert.Equal(Hash(o1), Hash(o2));
        Assert.Equal(64, Hash(o1).Length);
    }

    [Fact]
    public void Backtest_YamlConfig_RunsAndFlagsOverrideIt()
    {
        string config = _cli.File("bt.yaml", $"""
            strategy: sma-cross
            params:
              fast: 20
              slow: 100
            data:
              - {Sample("ORCL-daily-1995-2014.csv")}
            start: 2005-01-03
            end: 2010-12-31
            cash: 50000
            commission:
              bps: 1
            slippage-bps: 2
            """);

        (int code, string stdout, string stderr) = _cli.Run("backtest", "--config", config, "--cash", "75000", "--format", "json", "--out", Out("cfg"));

        Assert.True(code == 0, stderr);
        using JsonDocument run = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out("cfg"), "run.json")));
        Assert.Equal(75000m, run.RootElement.GetProperty("cash").GetDecimal());
        Assert.Equal("20", run.RootElement.GetProperty("parameters").GetProperty("fast").GetString());
        Assert.Contains("\"orderListHash\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_UnknownConfigKey_NamesFileAndLine_WritesNothing()
    {
        string config = _cli.File("bad.yaml", $"strategy: buy-and-hold\ndata: {Sample("ORCL-daily-1995-2014.csv")}\nslipage-bps: 2\n");

        (int code, _, string stderr) = _cli.Run("backtest", "--config", config, "--out", Out("never"));

        Assert.Equal(2, code);
        Assert.Equal($"error: {config}:3: unknown key 'slipage-bps'", stderr.Trim()[..(stderr.Trim().IndexOf(" (known", StringComparison.Ordinal))]);
        Assert.False(Directory.Exists(Out("never")));
    }

    [Theory]
    [InlineData(new[] { "--strategy", "turtle" }, "unknown strategy 'turtle'")]
    [InlineData(new[] { "--strategy", "sma-cross", "--param", "fast=abc" }, "fast")]
    [InlineData(new[] { "--strategy", "buy-and-hold", "--cash", "-5" }, "--cash must not be negative")]
    [InlineData(new[] { "--strategy", "buy-and-hold", "--start", "2010-01-01", "--end", "2009-01-01" }, "--start 2010-01-01 is after --end 2009-01-01")]
    [InlineData(new[] { "--strategy", "buy-and-hold", "--start", "2030-01-01" }, "no bars in 2030-01-01..end")]
    [InlineData(new[] { "--strategy", "buy-and-hold", "--fill", "midday" }, "--fill must be next-open or same-close")]
    public void Backtest_BadInput_OneLineErrorExitTwoNothingWritten(string[] args, string expected)
    {
        (int code, string stdout, string stderr) = _cli.Run(["backtest", "--data", Sample("ORCL-daily-1995-2014.csv"), .. args, "--out", Out("never")]);

        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(Out("never")));
    }

    [Fact]
    public void Backtest_MalformedRow_NamesFileAndLine()
    {
        string csv = _cli.File("BAD.csv", "timestamp,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n2020-01-03,10,11,9,oops,100\n2020-01-06,10,11,9,10.5,100\n");

        (int code, _, string stderr) = _cli.Run("backtest", "--strategy", "buy-and-hold", "--data", csv, "--out", Out("never"));

        Assert.Equal(2, code);
        Assert.Contains("BAD.csv", stderr, StringComparison.Ordinal);
        Assert.Contains(":3", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("never")));
    }

    [Fact]
    public void Backtest_MissingDataFile_Exit2()
    {
        (int code, _, string stderr) = _cli.Run("backtest", "--strategy", "buy-and-hold", "--data", Out("nope.csv"));
        Assert.Equal(2, code);
        Assert.Contains("data file not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_ExistingNonEmptyOutput_RefusedAndLeftIntact()
    {
        string folder = Out("taken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        (int code, _, string stderr) = _cli.Run("backtest", "--strategy", "buy-and-hold", "--data", Sample("ORCL-daily-1995-2014.csv"), "--out", folder);

        Assert.Equal(2, code);
        Assert.Contains("not empty", stderr, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Demo_RunsFourStrategiesAndWritesReport()
    {
        string folder = Out("demo");
        (int code, string stdout, string stderr) = _cli.Run("demo", "--out", folder, "--samples", Path.GetDirectoryName(Sample("spy_prices.csv"))!);

        Assert.True(code == 0, stderr);
        foreach (string name in new[] { "buy-and-hold", "equal-weight", "sma-cross 50/200", "momentum 126d top 1" })
        {
            Assert.Contains(name, stdout, StringComparison.Ordinal);
        }

        string html = File.ReadAllText(Path.Combine(folder, "tearsheet.html"));
        Assert.Contains("SPY", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metrics.json")));
        Assert.Equal(JsonValueKind.Object, metrics.RootElement.ValueKind);
        string csv = File.ReadAllText(Path.Combine(folder, "metrics.csv"));
        string exposure = csv.Split('\n').Single(l => l.Contains(",exposure,", StringComparison.Ordinal)); // section,key,one value per strategy
        double buyAndHold = double.Parse(exposure.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(buyAndHold > 0.99, exposure); // invested from the first fill to the end, with no closed trade
    }
}
