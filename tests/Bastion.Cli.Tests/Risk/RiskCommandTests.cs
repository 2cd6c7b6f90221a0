using System.Globalization;
using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskCommandTests : IDisposable
{
    private readonly RiskCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static JsonElement Json(string text)
    {
        using JsonDocument doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>Returns −0.001·k for k = 1..100: at 95%, NumPy's linear quantile is −0.096 + 0.95·0.001 = −0.09505, the tail is −0.100..−0.096, mean −0.098.</summary>
    private string Ladder() => _files.Returns("ladder.csv", Enumerable.Range(1, 100).Select(k => -0.001 * k));

    [Fact]
    public void Var_Historical_HandComputedLadder()
    {
        (int code, string output, _) = Run("risk", "var", "--returns", Ladder(), "--confidence", "0.95", "--format", "json");
        Assert.Equal(0, code);
        JsonElement j = Json(output);
        Assert.Equal(0.09505, j.GetProperty("valueAtRisk").GetDouble(), 12);
        Assert.Equal(0.098, j.GetProperty("expectedShortfall").GetDouble(), 12);
        Assert.Equal("historical", j.GetProperty("inputs").GetProperty("method").GetString());
        Assert.Equal("100", j.GetProperty("inputs").GetProperty("observations").GetString());
    }

    [Fact]
    public void Var_TableAndCsv_EchoInputsAndFigures()
    {
        string file = Ladder();
        (int code, string table, _) = Run("risk", "var", "--returns", file, "--confidence", "0.95", "--horizon", "10");
        Assert.Equal(0, code);
        Assert.Contains("horizonDays", table, StringComparison.Ordinal);
        Assert.Contains((0.09505 * Math.Sqrt(10)).ToString("G8", CultureInfo.InvariantCulture), table, StringComparison.Ordinal);
        (code, string csv, _) = Run("risk", "var", "--returns", file, "--confidence", "0.95", "--format", "csv");
        Assert.Equal(0, code);
        Assert.StartsWith("field,value", csv, StringComparison.Ordinal);
        Assert.Contains("VaR,0.09505", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("student-t")]
    [InlineData("cornish-fisher")]
    [InlineData("monte-carlo")]
    [InlineData("filtered-historical")]
    public void Var_EveryMethod_GivesPositiveVaRBelowES(string method)
    {
        double[] r = Enumerable.Range(0, 600).Select(i => 0.01 * Math.Sin(i * 1.7) * (1 + (0.5 * Math.Cos(i * 0.05)))).ToArray();
        string file = _files.Returns("wave.csv", r);
        (int code, string output, string err) = Run("risk", "var", "--returns", file, "--method", method, "--confidence", "0.99", "--seed", "3", "--simulations", "20000", "--format", "json");
        Assert.True(code == 0, err);
        JsonElement j = Json(output);
        double var = j.GetProperty("valueAtRisk").GetDouble(), es = j.GetProperty("expectedShortfall").GetDouble();
        Assert.InRange(var, 1e-4, 0.1);
        Assert.True(es >= var, $"ES {es} < VaR {var}");
    }

    [Fact]
    public void Var_Portfolio_ComponentsSumAndSeedReproduces()
    {
        string prices = _files.Write("px.csv", "date,A,B,C\n" + string.Join('\n', Enumerable.Range(0, 400).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"2020-01-{i % 28 + 1:00},{100 * Math.Exp(0.01 * Math.Sin(i)):R},{50 * Math.Exp(0.02 * Math.Cos(i * 1.3)):R},{20 + Math.Sin(i * 0.7):R}"))));
        string weights = _files.Write("w.csv", "symbol,weight\nA,0.5\nB,0.3\nC,0.2\n");
        foreach (string method in new[] { "historical", "normal", "monte-carlo" })
        {
            (int code, string output, string err) = Run("risk", "var", "--prices", prices, "--weights", weights, "--method", method, "--simulations", "5000", "--format", "json");
            Assert.True(code == 0, err);
            JsonElement j = Json(output);
            double sum = j.GetProperty("positions").EnumerateArray().Sum(p => p.GetProperty("componentVaR").GetDouble());
            Assert.Equal(j.GetProperty("valueAtRisk").GetDouble(), sum, 10);
            (_, string again, _) = Run("risk", "var", "--prices", prices, "--weights", weights, "--method", method, "--simulations", "5000", "--format", "json");
            Assert.Equal(output, again);
        }
    }

    [Fact]
    public void Var_SectorMap_SectorsSumToTotal()
    {
        string prices = _files.Write("px.csv", "date,A,B,C\n" + string.Join('\n', Enumerable.Range(0, 300).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"2020-01-{(i % 28) + 1:00},{100 * Math.Exp(0.01 * Math.Sin(i)):R},{50 * Math.Exp(0.02 * Math.Cos(i * 1.3)):R},{20 + Math.Sin(i * 0.7):R}"))));
        string weights = _files.Write("w.csv", "A,0.5\nB,0.3\nC,0.2\n");
        string sectors = _files.Write("s.csv", "symbol,sector\nA,Tech\nB,Energy\nC,Tech\n");
        (int code, string output, string err) = Run("risk", "var", "--prices", prices, "--weights", weights, "--sectors", sectors, "--format", "json");
        Assert.True(code == 0, err);
        JsonElement j = Json(output);
        JsonElement[] s = j.GetProperty("sectors").EnumerateArray().ToArray();
        Assert.Equal(["Tech", "Energy"], s.Select(x => x.GetProperty("sector").GetString()!).ToArray());
        JsonElement[] p = j.GetProperty("positions").EnumerateArray().ToArray();
        Assert.Equal(p[0].GetProperty("componentES").GetDouble() + p[2].GetProperty("componentES").GetDouble(), s[0].GetProperty("componentES").GetDouble(), 12);
        Assert.Equal(j.GetProperty("expectedShortfall").GetDouble(), s.Sum(x => x.GetProperty("componentES").GetDouble()), 12);
        string partial = _files.Write("s2.csv", "A,Tech\n");
        (code, _, err) = Run("risk", "var", "--prices", prices, "--weights", weights, "--sectors", partial);
        Assert.Equal(2, code);
        Assert.Contains("no sector for 'B'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Var_TooFewReturns_SaysHowManyAreNeeded()
    {
        string file = _files.Returns("short.csv", Enumerable.Range(1, 50).Select(k => -0.001 * k));
        (int code, _, string err) = Run("risk", "var", "--returns", file, "--confidence", "0.99");
        Assert.Equal(2, code);
        Assert.Contains("need at least 100", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Var_NaNCell_NamesFileLineAndColumn()
    {
        string file = _files.Write("nan.csv", "date,R\n2020-01-01,0.01\n2020-01-02,NaN\n");
        (int code, _, string err) = Run("risk", "var", "--returns", file);
        Assert.Equal(2, code);
        Assert.Contains("nan.csv:3: column 'R'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Var_WeightForMissingAsset_Exit2()
    {
        string prices = _files.Write("px.csv", "date,A,B\n2020-01-01,1,2\n2020-01-02,1.1,2.1\n2020-01-03,1.2,2.0\n2020-01-04,1.1,2.2\n");
        string weights = _files.Write("w.csv", "A,0.5\nZ,0.5\n");
        (int code, _, string err) = Run("risk", "var", "--prices", prices, "--weights", weights, "--method", "normal");
        Assert.Equal(2, code);
        Assert.Contains("'Z'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Var_SingularCovarianceForMonteCarlo_Exit2()
    {
        // 3 returns of 3 assets: the sample covariance has rank 2, not positive definite.
        string prices = _files.Write("px.csv", "date,A,B,C\n2020-01-01,1,2,3\n2020-01-02,1.1,2.1,2.9\n2020-01-03,1.2,2.0,3.1\n2020-01-04,1.1,2.2,3.0\n");
        string weights = _files.Write("w.csv", "A,0.4\nB,0.3\nC,0.3\n");
        (int code, _, string err) = Run("risk", "var", "--prices", prices, "--weights", weights, "--method", "monte-carlo", "--confidence", "0.5");
        Assert.Equal(2, code);
        Assert.Contains("positive definite", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Var_ConfidenceOutOfRange_Exit2()
    {
        (int code, _, string err) = Run("risk", "var", "--returns", Ladder(), "--confidence", "1.2");
        Assert.Equal(2, code);
        Assert.Contains("--confidence", err, StringComparison.Ordinal);
    }

    /// <summary>Reference: SciPy (tools/fixtures/risk/generate.py): 250 days, 5 exceptions, p = 0.01 → LR_POF 1.956809788230622, p-value 0.1618549171960387; binomial cdf 0.9588168159301517 (Basel: yellow, plus factor 0.40).</summary>
    [Fact]
    public void Coverage_FromCounts_KupiecAndTrafficLight()
    {
        (int code, string output, _) = Run("risk", "coverage", "--observations", "250", "--exceptions", "5", "--probability", "0.01", "--format", "json");
        Assert.Equal(0, code);
        JsonElement j = Json(output);
        JsonElement pof = j.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "POF");
        Assert.Equal(1.956809788230622, pof.GetProperty("statistic").GetDouble(), 10);
        Assert.Equal(0.1618549171960387, pof.GetProperty("pValue").GetDouble(), 10);
        Assert.Equal("yellow", j.GetProperty("trafficLight").GetProperty("zone").GetString());
        Assert.Equal(0.9588168159301517, j.GetProperty("trafficLight").GetProperty("cumulativeProbability").GetDouble(), 12);
        Assert.Equal(0.40, j.GetProperty("trafficLight").GetProperty("plusFactor").GetDouble(), 12);
    }

    [Fact]
    public void Coverage_FromHits_AddsChristoffersen()
    {
        string hits = _files.Write("hits.csv", "hit\n" + string.Join('\n', Enumerable.Range(0, 200).Select(i => i is 10 or 11 or 150 ? "1" : "0")));
        (int code, string output, _) = Run("risk", "coverage", "--hits", hits, "--probability", "0.01", "--format", "json");
        Assert.Equal(0, code);
        string[] names = Json(output).GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["POF", "TUFF", "CCI", "CC"], names);
        Assert.Equal(11, Json(output).GetProperty("firstFailure").GetInt32());
    }

    [Fact]
    public void Coverage_ExceptionsAboveObservations_Exit2()
    {
        (int code, _, string err) = Run("risk", "coverage", "--observations", "10", "--exceptions", "11");
        Assert.Equal(2, code);
        Assert.Contains("--exceptions", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_RollingHistorical_CountsExceptions()
    {
        // 300 returns of +0.1% with crashes of −20% on days 250 and 275: every window's 1% quantile is +0.1% (at most one
        // crash among 200 days sits below the interpolated order statistics 1 and 2), so only the crash days are exceptions.
        double[] r = Enumerable.Range(0, 300).Select(i => i is 250 or 275 ? -0.2 : 0.001).ToArray();
        string file = _files.Returns("bt.csv", r);
        (int code, string output, string err) = Run("risk", "backtest", "--returns", file, "--window", "200", "--confidence", "0.99", "--format", "json");
        Assert.True(code == 0, err);
        JsonElement j = Json(output);
        Assert.Equal(100, j.GetProperty("observations").GetInt32());
        Assert.Equal(2, j.GetProperty("exceptions").GetInt32());
        Assert.Equal(51, j.GetProperty("firstFailure").GetInt32());
    }

    [Fact]
    public void Backtest_WindowLongerThanSeries_Exit2()
    {
        (int code, _, string err) = Run("risk", "backtest", "--returns", Ladder(), "--window", "250");
        Assert.Equal(2, code);
        Assert.Contains("need at least 252", err, StringComparison.Ordinal);
    }

    /// <summary>The DM/BP GARCH(1,1) benchmark (Fiorentini, Calzolari and Panattoni 1996; Brooks, Burke and Persand 2001): log-likelihood −1106.608, α 0.153134, β 0.805974.</summary>
    [Fact]
    public void Garch_DmbpBenchmark_SampleStart()
    {
        string fixture = RiskCliFiles.RepositoryFile("tests/Bastion.Risk.Tests/Fixtures/garch_dmbp.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(fixture));
        string file = _files.Returns("dmbp.csv", doc.RootElement.GetProperty("returns").EnumerateArray().Select(e => e.GetDouble()), "DMBP");
        (int code, string output, string err) = Run("risk", "garch", "--returns", file, "--start", "sample", "--format", "json");
        Assert.True(code == 0, err);
        JsonElement j = Json(output);
        Assert.Equal(-1106.608, j.GetProperty("logLikelihood").GetDouble(), 2);
        JsonElement[] p = j.GetProperty("parameters").EnumerateArray().ToArray();
        Assert.Equal(0.153134, p[2].GetProperty("estimate").GetDouble(), 4);
        Assert.Equal(0.805974, p[3].GetProperty("estimate").GetDouble(), 4);
        (code, string table, _) = Run("risk", "garch", "--returns", file, "--model", "gjr", "--distribution", "t");
        Assert.Equal(0, code);
        Assert.Contains("gamma", table, StringComparison.Ordinal);
        Assert.Contains("nu", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Garch_TooFewReturns_Exit2()
    {
        (int code, _, string err) = Run("risk", "garch", "--returns", _files.Returns("g.csv", [0.01, -0.02, 0.03]));
        Assert.Equal(2, code);
        Assert.Contains("need at least 10", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ewma_FixedLambda_HandComputed()
    {
        // Backcast over 2 returns: s = (0.01² + 0.94·0.02²)/1.94; σ² after both: 0.94(0.94 s + 0.06·0.01²) + 0.06·0.02².
        string file = _files.Returns("e.csv", [0.01, 0.02]);
        (int code, string output, _) = Run("risk", "ewma", "--returns", file, "--format", "json");
        Assert.Equal(0, code);
        double s = (1e-4 + (0.94 * 4e-4)) / 1.94;
        double expected = (0.94 * ((0.94 * s) + (0.06 * 1e-4))) + (0.06 * 4e-4);
        Assert.Equal(expected, Json(output).GetProperty("nextVariance").GetDouble(), 15);
        (code, _, string err) = Run("risk", "ewma", "--returns", file, "--lambda", "0.9", "--estimate-lambda");
        Assert.Equal(2, code);
        Assert.Contains("not both", err, StringComparison.Ordinal);
    }
}
