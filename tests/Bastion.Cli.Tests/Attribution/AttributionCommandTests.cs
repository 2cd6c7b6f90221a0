using System.Text.Json;
using Bastion.Testing;

namespace Bastion.Cli.Tests.Attribution;

public sealed class AttributionCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Sample(string name) => RepositoryPaths.Sample(Path.Combine("attribution", name));

    private static JsonElement Expected { get; } = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("tests/Bastion.Analytics.Tests/Fixtures/attribution/expected_attribution.json"))).RootElement;

    [Theory]
    [InlineData("carino")]
    [InlineData("menchero")]
    public void Brinson_SampleFiles_JsonTotalsMatchNumPyAndSumToActiveReturn(string linking)
    {
        var (code, output, err) = _cli.Run("attribution", "brinson", "--portfolio", Sample("portfolio_sectors.csv"), "--benchmark", Sample("benchmark_sectors.csv"), "--linking", linking, "--format", "json");
        Assert.True(code == 0, err);
        JsonElement r = JsonDocument.Parse(output).RootElement;
        JsonElement expected = Expected.GetProperty("brinson").GetProperty("linked").GetProperty(linking).GetProperty("total");
        JsonElement total = r.GetProperty("total");
        Assert.Equal(expected[0].GetDouble(), total.GetProperty("allocation").GetDouble(), 1e-12);
        Assert.Equal(expected[1].GetDouble(), total.GetProperty("selection").GetDouble(), 1e-12);
        Assert.Equal(expected[2].GetDouble(), total.GetProperty("interaction").GetDouble(), 1e-12);
        Assert.Equal(r.GetProperty("activeReturn").GetDouble(), total.GetProperty("total").GetDouble(), 1e-13);
        Assert.Equal(12, r.GetProperty("periods").GetInt32());
    }

    [Fact]
    public void Brinson_Table_PrintsSectorsAndCompoundedSummary()
    {
        var (code, output, _) = _cli.Run("attribution", "brinson", "--portfolio", Sample("portfolio_sectors.csv"), "--benchmark", Sample("benchmark_sectors.csv"));
        Assert.Equal(0, code);
        Assert.Contains("Industrials", output, StringComparison.Ordinal);
        Assert.Contains("carino linking: portfolio 32.006%, benchmark 16.111%, active 15.895% (compounded)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brinson_Csv_LinkedRowsThenPeriods()
    {
        var (code, output, _) = _cli.Run("attribution", "brinson", "--portfolio", Sample("portfolio_sectors.csv"), "--benchmark", Sample("benchmark_sectors.csv"), "--format", "csv");
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,sector,allocation,selection,interaction,total", lines[0]);
        Assert.StartsWith("linked,Information Technology,", lines[1], StringComparison.Ordinal);
        Assert.Contains("2017-12-29,Total,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brinson_SectorOnlyInPortfolio_ErrorNamesBothFiles()
    {
        string p = _cli.File("p.csv", "date,sector,weight,return\n2024-01-31,Tech,0.6,0.02\n2024-01-31,Crypto,0.4,0.10\n");
        string b = _cli.File("b.csv", "date,sector,weight,return\n2024-01-31,Tech,1.0,0.01\n");
        var (code, output, err) = _cli.Run("attribution", "brinson", "--portfolio", p, "--benchmark", b);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: {p} line 3, field 'sector': 'Crypto' is not a sector of {b}", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Brinson_WeightsNotSummingToOne_ExitsTwoNamingDate()
    {
        string p = _cli.File("p.csv", "date,sector,weight,return\n2024-01-31,Tech,0.9,0.02\n");
        string b = _cli.File("b.csv", "date,sector,weight,return\n2024-01-31,Tech,1.0,0.01\n");
        var (code, _, err) = _cli.Run("attribution", "brinson", "--portfolio", p, "--benchmark", b);
        Assert.Equal(2, code);
        Assert.Contains("the weights of 2024-01-31 sum to 0.9, not 1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Brinson_MisalignedDates_NotesDroppedOrFailsWhenStrict()
    {
        string p = _cli.File("p.csv", "date,sector,weight,return\n2024-01-31,Tech,1.0,0.02\n2024-02-29,Tech,1.0,0.01\n");
        string b = _cli.File("b.csv", "date,sector,weight,return\n2024-01-31,Tech,1.0,0.01\n");
        var (code, output, _) = _cli.Run("attribution", "brinson", "--portfolio", p, "--benchmark", b);
        Assert.Equal(0, code);
        Assert.Contains("note: aligned on 1 common date(s); dropped 1 portfolio-only and 0 benchmark-only date(s)", output, StringComparison.Ordinal);
        var strict = _cli.Run("attribution", "brinson", "--portfolio", p, "--benchmark", b, "--strict-dates");
        Assert.Equal(2, strict.Code);
        Assert.Contains($"{p} line 3, field 'date': 2024-02-29 is not in {b}", strict.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Brinson_BadNumber_NamesFileLineField()
    {
        string p = _cli.File("p.csv", "date,sector,weight,return\n2024-01-31,Tech,abc,0.02\n");
        var (code, _, err) = _cli.Run("attribution", "brinson", "--portfolio", p, "--benchmark", Sample("benchmark_sectors.csv"));
        Assert.Equal(2, code);
        Assert.Equal($"error: {p} line 2, field 'weight': 'abc' is not a finite number", err.Trim());
    }

    [Fact]
    public void Factors_SampleWithPercent_JsonMatchesStatsmodels()
    {
        var (code, output, err) = _cli.Run("attribution", "factors", "--returns", Sample("strategy_returns.csv"), "--column", "TECH3", "--factors", Sample("factors_daily_percent.csv"), "--percent", "--lags", "5", "--format", "json");
        Assert.True(code == 0, err);
        Assert.Empty(err);
        JsonElement r = JsonDocument.Parse(output).RootElement;
        JsonElement e = Expected.GetProperty("factors").GetProperty("TECH3").GetProperty("lags5");
        Assert.Equal(e.GetProperty("params")[0].GetDouble(), r.GetProperty("alpha").GetProperty("estimate").GetDouble(), 1e-12);
        Assert.Equal(e.GetProperty("bse")[1].GetDouble(), r.GetProperty("factors")[0].GetProperty("beta").GetProperty("standardError").GetDouble(), 1e-12);
        Assert.Equal(e.GetProperty("rsquared").GetDouble(), r.GetProperty("rSquared").GetDouble(), 1e-12);
        Assert.Equal(e.GetProperty("params")[0].GetDouble() * 252, r.GetProperty("annualAlpha").GetDouble(), 1e-10);
    }

    [Fact]
    public void Factors_PercentFileWithoutFlag_WarnsOnStandardError()
    {
        var (code, _, err) = _cli.Run("attribution", "factors", "--returns", Sample("strategy_returns.csv"), "--factors", Sample("factors_daily_percent.csv"), "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("pass --percent", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_NoRiskFreeColumn_ExitsTwoListingColumns()
    {
        string f = _cli.File("f.csv", "Date,Mkt-RF,SMB\n20240102,0.1,0.2\n20240103,0.3,-0.1\n");
        var (code, _, err) = _cli.Run("attribution", "factors", "--returns", Sample("strategy_returns.csv"), "--factors", f, "--percent");
        Assert.Equal(2, code);
        Assert.StartsWith($"error: --factors {f}: no risk-free column 'RF' (columns: Mkt-RF, SMB)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_BadValue_NamesFileLineColumn()
    {
        string f = _cli.File("f.csv", "Date,Mkt-RF,RF\n20240102,0.1,0.01\n20240103,x,0.01\n");
        var (code, _, err) = _cli.Run("attribution", "factors", "--returns", Sample("strategy_returns.csv"), "--factors", f, "--percent");
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {f} line 3, column 'Mkt-RF': 'x' is not a number", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Style_SampleRolling_CsvHasWholeSampleAndEveryWindow()
    {
        var (code, output, err) = _cli.Run("attribution", "style", "--returns", Sample("strategy_returns.csv"), "--column", "EQW5", "--styles", Sample("style_indexes.csv"), "--window", "252", "--format", "csv");
        Assert.True(code == 0, err);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("window_end,Growth,Value,Small-mid,Defensive,rSquared", lines[0]);
        Assert.Equal(1 + 1 + (755 - 252 + 1), lines.Length);
        double[] w = [.. lines[1].Split(',')[1..5].Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture))];
        double[] expected = [.. Expected.GetProperty("styles").GetProperty("EQW5").GetProperty("weights").EnumerateArray().Select(x => x.GetDouble())];
        Assert.All(w.Zip(expected), x => Assert.Equal(x.Second, x.First, 1e-7));
    }

    [Fact]
    public void Style_WindowTooShort_ExitsTwoNamingOption()
    {
        var (code, _, err) = _cli.Run("attribution", "style", "--returns", Sample("strategy_returns.csv"), "--styles", Sample("style_indexes.csv"), "--window", "3");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --window: window must be between 6", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_Help_ShowsExamples()
    {
        var (code, output, _) = _cli.Run("attribution", "brinson", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Example: bastion attribution brinson", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithFactorsAndStyles_TearSheetHasAttributionSection()
    {
        string[] lines = File.ReadAllLines(Sample("strategy_returns.csv"));
        var equity = new System.Text.StringBuilder("timestamp,EQW5\n2014-12-31,100\n");
        double level = 100;
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split(',');
            level *= 1 + double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            equity.Append(System.Globalization.CultureInfo.InvariantCulture, $"{f[0]},{level:R}\n");
        }

        string run = Path.Combine(_cli.Dir, "run");
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, "equity.csv"), equity.ToString());
        var (code, _, err) = _cli.Run("report", "--run", run, "--factors", Sample("factors_daily_percent.csv"), "--percent", "--styles", Sample("style_indexes.csv"),
            "--sector-portfolio", Sample("portfolio_sectors.csv"), "--sector-benchmark", Sample("benchmark_sectors.csv"));
        Assert.True(code == 0, err);
        string html = File.ReadAllText(Path.Combine(run, "tearsheet.html"));
        Assert.Contains("Sector attribution (Brinson–Fachler, carino linking, 12 periods", html, StringComparison.Ordinal);
        Assert.Contains("Factor attribution — EQW5", html, StringComparison.Ordinal);
        Assert.Contains("Style analysis — EQW5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadFactorFile_ExitsTwoAndWritesNothing()
    {
        string run = Path.Combine(_cli.Dir, "run2");
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, "equity.csv"), "timestamp,A\n2024-01-02,100\n2024-01-03,101\n");
        string f = _cli.File("f.csv", "Date,Mkt-RF,RF\n2024013,0.1,0.01\n");
        var (code, _, err) = _cli.Run("report", "--run", run, "--factors", f);
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {f} line 2, column 'Date': '2024013' is not a date", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run, "tearsheet.html")));
    }
}
