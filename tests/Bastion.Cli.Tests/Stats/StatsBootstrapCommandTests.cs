using System.Globalization;
using System.Text.Json;
using Bastion.Testing;

namespace Bastion.Cli.Tests.Stats;

/// <summary>
/// <c>stats spa|reality-check|block-length|bootstrap-ci</c> on the bundled sample files, against
/// Fixtures/stats_expected.json (tools/fixtures/analytics/make_cli_fixtures.py: NumPy, independent of Bastion).
/// </summary>
public sealed class StatsBootstrapCommandTests : IDisposable
{
    private static readonly Lazy<JsonElement> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stats_expected.json"))).RootElement);

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static JsonElement Expected(string name) => s_expected.Value.GetProperty(name);

    private static string Stocks => RepositoryPaths.Sample("stock_prices.csv");

    private static string Spy => RepositoryPaths.Sample("spy_prices.csv");

    private static string Nvda => RepositoryPaths.Sample("NVDA-daily-1999-2014.csv");

    private JsonElement RunJson(params string[] args)
    {
        var (code, output, err) = _cli.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output).RootElement;
    }

    private string[] SpaArgs(string verb) =>
        ["stats", verb, "--prices", Stocks, "--columns", string.Join(',', Expected("spa").GetProperty("columns").EnumerateArray().Select(c => c.GetString())),
            "--benchmark", Spy, "--block-length", "10", "--replications", "5000", "--seed", "11"];

    [Fact]
    public void Spa_StocksAgainstSpy_MatchesNumpyUpToMonteCarloError()
    {
        JsonElement e = Expected("spa");
        JsonElement r = RunJson(SpaArgs("spa"));
        Assert.Equal(e.GetProperty("observations").GetInt32(), r.GetProperty("observations").GetInt32());
        foreach (JsonElement s in r.GetProperty("strategies").EnumerateArray())
        {
            double expected = e.GetProperty("meanExcess").GetProperty(s.GetProperty("strategy").GetString()!).GetDouble();
            Assert.Equal(expected, s.GetProperty("meanExcess").GetDouble(), 1e-12);
            Assert.Equal(expected * 252, s.GetProperty("annualMeanExcess").GetDouble(), 1e-10);
        }

        Assert.Equal(e.GetProperty("bestByMeanExcess").GetString(), r.GetProperty("bestStrategy").GetString());
        // ω̂ and the p-values depend on bootstrap draws (NumPy's generator there, xoshiro256** here).
        Assert.InRange(r.GetProperty("spaStatistic").GetDouble() / e.GetProperty("spaStatistic").GetDouble(), 0.97, 1.03);
        Assert.Equal(e.GetProperty("consistent").GetDouble(), r.GetProperty("pValueConsistent").GetDouble(), 0.03);
        Assert.Equal(e.GetProperty("lower").GetDouble(), r.GetProperty("pValueLower").GetDouble(), 0.03);
        Assert.Equal(e.GetProperty("upper").GetDouble(), r.GetProperty("pValueUpper").GetDouble(), 0.03);
    }

    [Fact]
    public void RealityCheck_StocksAgainstSpy_StatisticExactPValueWithinMonteCarloError()
    {
        JsonElement e = Expected("spa");
        JsonElement r = RunJson(SpaArgs("reality-check"));
        Assert.Equal(e.GetProperty("rcStatistic").GetDouble(), r.GetProperty("realityCheckStatistic").GetDouble(), 1e-10);
        Assert.Equal(r.GetProperty("realityCheckStatistic").GetDouble(), r.GetProperty("bestStatistic").GetDouble(), 1e-12);
        Assert.Equal(e.GetProperty("rcPValue").GetDouble(), r.GetProperty("pValue").GetDouble(), 0.03);
    }

    [Fact]
    public void Spa_SameSeed_SameOutput_TableAndCsv()
    {
        string[] args = [.. SpaArgs("spa")[..^6], "--replications", "200", "--seed", "5"];
        var a = _cli.Run(args);
        var b = _cli.Run(args);
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
        Assert.Contains("pValueConsistent", a.Out, StringComparison.Ordinal);
        Assert.Contains("note: aligned 6 strategies and the benchmark on 6345 common dates", a.Out, StringComparison.Ordinal);
        Assert.Contains("note: block length auto:", a.Out, StringComparison.Ordinal);

        var csv = _cli.Run([.. args, "--format", "csv"]);
        Assert.StartsWith("statistic,value\n", csv.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n\nstrategy,meanExcess,annualMeanExcess,studentizedStatistic\nGE,", csv.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Spa_BenchmarkZero_TestsPositiveMeanReturns()
    {
        string file = _cli.File("r.csv", ReturnsCsv(40, i => 0.01 + (0.002 * Math.Sin(i)), i => 0.0005 * Math.Cos(i)));
        JsonElement r = RunJson("stats", "spa", "--returns", file, "--benchmark-zero", "--replications", "500");
        Assert.Equal("zero", r.GetProperty("benchmark").GetString());
        Assert.Equal("A", r.GetProperty("bestStrategy").GetString());
        Assert.Equal(0.0, r.GetProperty("pValueConsistent").GetDouble());
    }

    [Fact]
    public void BlockLength_SpyAndNvda_MatchNumpyImplementationOfArch()
    {
        foreach ((string name, string[] args) in new[]
        {
            ("SPY", new[] { "--prices", Spy }),
            ("NVDA", new[] { "--prices", Nvda, "--column", "Adj Close" }),
        })
        {
            JsonElement e = Expected("blockLength").GetProperty(name);
            JsonElement row = RunJson(["stats", "block-length", .. args]).GetProperty("series")[0];
            Assert.Equal(e.GetProperty("observations").GetInt32(), row.GetProperty("observations").GetInt32());
            Assert.Equal(e.GetProperty("stationary").GetDouble(), row.GetProperty("stationary").GetDouble(), 1e-9);
            Assert.Equal(e.GetProperty("circular").GetDouble(), row.GetProperty("circular").GetDouble(), 1e-9);
        }
    }

    [Fact]
    public void BootstrapCi_SpySharpe_MatchesNumpyBootstrapUpToMonteCarloError()
    {
        JsonElement e = Expected("bootstrapSharpeSpy");
        JsonElement r = RunJson("stats", "bootstrap-ci", "--prices", Spy, "--metric", "sharpe", "--replications", "5000", "--seed", "3");
        Assert.Equal(e.GetProperty("estimate").GetDouble(), r.GetProperty("estimate").GetDouble(), 1e-9);
        Assert.Equal(e.GetProperty("blockLength").GetDouble(), r.GetProperty("blockLength").GetDouble(), 1e-9);
        double se = e.GetProperty("standardError").GetDouble();
        Assert.InRange(r.GetProperty("standardError").GetDouble() / se, 0.9, 1.1);
        Assert.Equal(e.GetProperty("lower").GetDouble(), r.GetProperty("lower").GetDouble(), 0.15 * se);
        Assert.Equal(e.GetProperty("upper").GetDouble(), r.GetProperty("upper").GetDouble(), 0.15 * se);
    }

    [Fact]
    public void BootstrapCi_NvdaMaxDrawdownCircular_MatchesNumpyBootstrapUpToMonteCarloError()
    {
        JsonElement e = Expected("bootstrapMaxDrawdownNvda");
        JsonElement r = RunJson("stats", "bootstrap-ci", "--prices", Nvda, "--column", "Adj Close", "--metric", "max-drawdown", "--method", "circular",
            "--block-length", e.GetProperty("blockLength").GetInt32().ToString(CultureInfo.InvariantCulture), "--confidence", "0.9", "--replications", "3000", "--seed", "4");
        Assert.Equal(e.GetProperty("estimate").GetDouble(), r.GetProperty("estimate").GetDouble(), 1e-9);
        double se = e.GetProperty("standardError").GetDouble();
        Assert.Equal(e.GetProperty("lower").GetDouble(), r.GetProperty("lower").GetDouble(), 0.2 * se);
        Assert.Equal(e.GetProperty("upper").GetDouble(), r.GetProperty("upper").GetDouble(), 0.2 * se);
    }

    [Fact]
    public void BootstrapCi_ConstantReturns_SaysSharpeUndefined()
    {
        string file = _cli.File("c.csv", ReturnsCsv(30, _ => 0.001));
        var (code, output, _) = _cli.Run("stats", "bootstrap-ci", "--returns", file, "--block-length", "3", "--replications", "100");
        Assert.Equal(0, code);
        Assert.Contains("estimate       undefined", output, StringComparison.Ordinal);
        Assert.Contains("note: sharpe is undefined on the sample", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spa")]
    [InlineData("reality-check")]
    [InlineData("block-length")]
    [InlineData("bootstrap-ci")]
    public void Verb_TooFewObservations_SaysHowManyNeeded(string verb)
    {
        string file = _cli.File("few.csv", ReturnsCsv(6, i => 0.01 * i, i => -0.01 * i));
        string[] extra = verb is "spa" or "reality-check" ? ["--benchmark-zero"] : [];
        var (code, output, err) = _cli.Run(["stats", verb, "--returns", file, .. extra]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("needs at least 10 observations, got 6", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Spa_NaNCell_NamesFileAndLine()
    {
        string file = _cli.File("nan.csv", "date,A\n2024-01-02,0.01\n2024-01-03,NaN\n");
        var (code, _, err) = _cli.Run("stats", "spa", "--returns", file, "--benchmark-zero");
        Assert.Equal(2, code);
        Assert.Equal($"error: {file} line 3, column 'A': 'NaN' is not a number", err.Trim());
    }

    [Fact]
    public void Spa_UnknownColumn_ListsColumns()
    {
        var (code, _, err) = _cli.Run("stats", "spa", "--prices", Stocks, "--columns", "GE,ZZZ", "--benchmark", Spy);
        Assert.Equal(2, code);
        Assert.Contains("no column 'ZZZ' (columns: GOOG, AAPL", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spa", "--benchmark-zero --benchmark b.csv", "exactly one of --benchmark FILE or --benchmark-zero")]
    [InlineData("spa", "--benchmark-zero --block-length abc", "--block-length: must be a number >= 1 or 'auto', got 'abc'")]
    [InlineData("spa", "--benchmark-zero --block-length 50", "--block-length: 50 is longer than the 20 observations")]
    [InlineData("reality-check", "--benchmark-zero --replications 10", "--replications: needs at least 100, got 10")]
    [InlineData("bootstrap-ci", "--metric sharp", "--metric: unknown metric 'sharp'")]
    [InlineData("bootstrap-ci", "--method block", "--method: unknown method 'block'")]
    [InlineData("bootstrap-ci", "--confidence 1", "--confidence: must be in (0, 1), got 1")]
    [InlineData("bootstrap-ci", "--column Z", "no column 'Z' (columns: A, B)")]
    public void Verb_BadOption_OneLineErrorNamingIt(string verb, string options, string message)
    {
        string file = _cli.File("r.csv", ReturnsCsv(20, i => 0.01 * Math.Sin(i), i => 0.01 * Math.Cos(i)));
        var (code, output, err) = _cli.Run(["stats", verb, "--returns", file, .. options.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Stats_Help_ShowsExamplesOfEveryNewVerb()
    {
        foreach (string verb in new[] { "spa", "reality-check", "block-length", "bootstrap-ci" })
        {
            var (code, output, _) = _cli.Run("stats", verb, "--help");
            Assert.Equal(0, code);
            Assert.Contains($"bastion stats {verb} --", output, StringComparison.Ordinal);
        }
    }

    private static string ReturnsCsv(int n, params Func<int, double>[] columns)
    {
        var sb = new System.Text.StringBuilder("date," + string.Join(',', columns.Select((_, i) => ((char)('A' + i)).ToString())) + "\n");
        var day = new DateOnly(2024, 1, 1);
        for (int t = 0; t < n; t++)
        {
            sb.Append(day.AddDays(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (Func<int, double> f in columns)
            {
                sb.Append(',').Append(f(t).ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
