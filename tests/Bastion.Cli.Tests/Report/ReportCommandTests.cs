using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bastion.Cli.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string WriteRun(string name = "run")
    {
        string dir = Path.Combine(_cli.Dir, name);
        Directory.CreateDirectory(dir);
        var equity = new StringBuilder("timestamp,Alpha,Beta\n");
        var bench = new StringBuilder("timestamp,SPY\n");
        double a = 100_000, b = 100_000, s = 400;
        for (int i = 0; i < 300; i++)
        {
            string d = new DateTime(2023, 1, 2).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            a *= 1 + (0.001 * Math.Sin(i * 0.37)) + 0.0003;
            b *= 1 + (0.002 * Math.Cos(i * 0.21));
            s *= 1 + (0.0015 * Math.Sin((i * 0.5) + 1));
            equity.Append(CultureInfo.InvariantCulture, $"{d},{a:R},{b:R}\n");
            bench.Append(CultureInfo.InvariantCulture, $"{d},{s:R}\n");
        }

        File.WriteAllText(Path.Combine(dir, "equity.csv"), equity.ToString());
        File.WriteAllText(Path.Combine(dir, "benchmark.csv"), bench.ToString());
        File.WriteAllText(Path.Combine(dir, "trades.csv"),
            "strategy,symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,return,mae,mfe\n" +
            "Alpha,AAPL,2023-01-03,2023-01-10,100,105,10,50,0.05,-0.01,0.06\n" +
            "Beta,MSFT,2023-02-01,2023-02-03,200,190,5,-50,-0.05,-0.06,0.01\n");
        File.WriteAllText(Path.Combine(dir, "run.json"), "{\"title\":\"CLI test run\",\"periodsPerYear\":252}");
        return dir;
    }

    [Fact]
    public void Report_RunDirectory_WritesThreeFiles()
    {
        string dir = WriteRun();
        string outDir = Path.Combine(_cli.Dir, "out");
        var (code, output, err) = _cli.Run("report", "--run", dir, "--out", outDir);
        Assert.True(code == 0, err);
        Assert.Contains("Alpha", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "tearsheet.html")));
        string html = File.ReadAllText(Path.Combine(outDir, "tearsheet.html"));
        Assert.Contains("CLI test run", html, StringComparison.Ordinal);
        JsonElement json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "metrics.json"))).RootElement;
        Assert.Equal(2, json.GetProperty("strategies").GetArrayLength());
        Assert.Equal("SPY", json.GetProperty("benchmark").GetString());
        Assert.StartsWith("section,metric,Alpha,Beta", File.ReadAllText(Path.Combine(outDir, "metrics.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingEquity_ExitsTwoNamingFile()
    {
        string dir = Path.Combine(_cli.Dir, "empty");
        Directory.CreateDirectory(dir);
        var (code, _, err) = _cli.Run("report", "--run", dir);
        Assert.Equal(2, code);
        Assert.Contains("equity.csv", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Report_TradeForUnknownStrategy_NamesLineAndField()
    {
        string dir = WriteRun("bad");
        File.AppendAllText(Path.Combine(dir, "trades.csv"), "Gamma,X,2023-01-03,2023-01-04,1,1,1,0,0,0,0\n");
        var (code, _, err) = _cli.Run("report", "--run", dir);
        Assert.Equal(2, code);
        Assert.Contains("trades.csv line 4, field 'strategy': 'Gamma'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoRunOption_ExitsTwo()
        => Assert.Equal(2, _cli.Run("report").Code);
}
