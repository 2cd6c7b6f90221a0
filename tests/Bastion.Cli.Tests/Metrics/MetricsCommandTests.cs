using System.Text.Json;

namespace Bastion.Cli.Tests.Metrics;

public sealed class MetricsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Returns() => _cli.File("r.csv", "date,A,B\n2024-01-02,0.01,0.002\n2024-01-03,0.03,0.002\n2024-01-04,-0.02,0.002\n2024-01-05,0.015,0.002\n");

    [Fact]
    public void Metrics_Json_SharpeMatchesHandValue()
    {
        // A: mean 0.00875, sample std 0.0208167 → Sharpe × √252 = 6.6250279 (NumPy)
        var (code, output, _) = _cli.Run("metrics", "--returns", Returns(), "--column", "A", "--format", "json");
        Assert.Equal(0, code);
        JsonElement m = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal("A", m.GetProperty("name").GetString());
        Assert.Equal(6.6250279441420865, m.GetProperty("metrics").GetProperty("sharpeRatio").GetDouble(), 12);
    }

    [Fact]
    public void Metrics_ConstantSeries_TablePrintsUndefinedWithReason()
    {
        var (code, output, _) = _cli.Run("metrics", "--returns", Returns(), "--column", "B");
        Assert.Equal(0, code);
        Assert.Contains("undefined", output, StringComparison.Ordinal);
        Assert.Contains("note: B: sharpeRatio is undefined: returns are constant", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_Csv_OneColumnPerSeries()
    {
        var (code, output, _) = _cli.Run("metrics", "--returns", Returns(), "--format", "csv");
        Assert.Equal(0, code);
        Assert.StartsWith("metric,A,B", output, StringComparison.Ordinal);
        Assert.Contains("\nsharpeRatio,6.62502794414", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_PricesWithMisalignedBenchmark_ReportsDroppedDates()
    {
        // Prices to returns: X has returns on 01-02..01-05, SPY on 01-02, 01-04, 01-05 (its 01-04 return spans two days).
        string prices = _cli.File("p.csv", "date,X\n2024-01-01,100\n2024-01-02,101\n2024-01-03,99\n2024-01-04,102\n2024-01-05,103\n");
        string bench = _cli.File("b.csv", "date,SPY\n2024-01-01,50\n2024-01-02,50.5\n2024-01-04,50.2\n2024-01-05,51\n");
        var (code, output, _) = _cli.Run("metrics", "--prices", prices, "--benchmark", bench);
        Assert.Equal(0, code);
        Assert.Contains("aligned with benchmark SPY on 3 common dates; dropped 1 strategy date(s) and 0 benchmark date(s)", output, StringComparison.Ordinal);

        var strict = _cli.Run("metrics", "--prices", prices, "--benchmark", bench, "--strict-dates");
        Assert.Equal(2, strict.Code);
        Assert.StartsWith("error: --benchmark", strict.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_BadNumber_NamesFileLineColumn()
    {
        string bad = _cli.File("bad.csv", "date,A\n2024-01-02,0.01\n2024-01-03,x\n");
        var (code, _, err) = _cli.Run("metrics", "--returns", bad);
        Assert.Equal(2, code);
        Assert.Equal($"error: {bad} line 3, column 'A': 'x' is not a number", err.Trim());
    }

    [Fact]
    public void Metrics_NeitherReturnsNorPrices_ExitsTwo()
    {
        var (code, _, err) = _cli.Run("metrics");
        Assert.Equal(2, code);
        Assert.Contains("--returns", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_UnknownColumn_ListsColumns()
    {
        var (code, _, err) = _cli.Run("metrics", "--returns", Returns(), "--column", "Z");
        Assert.Equal(2, code);
        Assert.Contains("no column 'Z' (columns: A, B)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_NegativePeriodsPerYear_NamesOption()
    {
        var (code, _, err) = _cli.Run("metrics", "--returns", Returns(), "--periods-per-year", "0");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --periods-per-year", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_EmptyColumn_FailsNamingFileAndColumn()
    {
        string file = _cli.File("blank.csv", "date,A,B\n2024-01-02,,0.01\n2024-01-03,,0.02\n");
        var (code, output, err) = _cli.Run("metrics", "--returns", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {file}: column 'A' has no returns (every cell is empty)", err.Trim());

        var ok = _cli.Run("metrics", "--returns", file, "--column", "B");
        Assert.Equal(0, ok.Code);
    }

    [Fact]
    public void Metrics_HeaderOnlyPrices_FailsNamingColumn()
    {
        string file = _cli.File("p.csv", "date,X\n2024-01-02,100\n");
        var (code, _, err) = _cli.Run("metrics", "--prices", file);
        Assert.Equal(2, code);
        Assert.Equal($"error: {file}: column 'X' has fewer than 2 prices, so no returns", err.Trim());
    }

    [Fact]
    public void Metrics_NaNCell_NamesFileLineColumn()
    {
        string bad = _cli.File("nan.csv", "date,A\n2024-01-02,0.01\n2024-01-03,0.02\n2024-01-04,NaN\n");
        var (code, _, err) = _cli.Run("metrics", "--returns", bad);
        Assert.Equal(2, code);
        Assert.Equal($"error: {bad} line 4, column 'A': 'NaN' is not a number", err.Trim());
    }

    [Fact]
    public void Metrics_ConstantSeriesJson_SharpeNullWithReason()
    {
        var (code, output, _) = _cli.Run("metrics", "--returns", Returns(), "--column", "B", "--format", "json");
        Assert.Equal(0, code);
        JsonElement m = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(JsonValueKind.Null, m.GetProperty("metrics").GetProperty("sharpeRatio").ValueKind);
        Assert.Equal("returns are constant (zero volatility)", m.GetProperty("undefined").GetProperty("sharpeRatio").GetString());
    }

    [Fact]
    public void Metrics_RealPricesAgainstSpy_ReportsDroppedBenchmarkDates()
    {
        // ORCL (1995-2014) against SPY (1993-2019): SPY dates outside ORCL's history are dropped and counted.
        string orcl = Bastion.Testing.RepositoryPaths.Sample("ORCL-daily-1995-2014.csv");
        string spy = Bastion.Testing.RepositoryPaths.Sample("spy_prices.csv");
        var (code, output, err) = _cli.Run("metrics", "--prices", orcl, "--column", "Adj Close", "--benchmark", spy);
        Assert.True(code == 0, err);
        Assert.Matches(@"note: Adj Close: aligned with benchmark SPY on \d+ common dates; dropped \d+ strategy date\(s\) and [1-9]\d* benchmark date\(s\)", output);

        var strict = _cli.Run("metrics", "--prices", orcl, "--column", "Adj Close", "--benchmark", spy, "--strict-dates");
        Assert.Equal(2, strict.Code);
        Assert.Contains("drop --strict-dates to align on common dates", strict.Err, StringComparison.Ordinal);
    }
}
