using System.Text.Json;

namespace Bastion.Cli.Tests.Stats;

public sealed class StatsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Psr_NormalReturns_MatchesScipy()
    {
        // SciPy: norm.cdf(0.1·√100 / √(1 + 0.5·0.01)) = 0.8407413278013518
        var (code, output, _) = _cli.Run("stats", "psr", "--sharpe", "0.1", "--observations", "101", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0.8407413278013518, JsonDocument.Parse(output).RootElement.GetProperty("psr").GetDouble(), 12);
    }

    [Fact]
    public void Dsr_PaperExample_MatchesPublishedFigure()
    {
        // Bailey & López de Prado (2014): N = 100, V = 0.5/250, T = 1250, SR = 2.5/√250, skew −3, kurt 10 → DSR ≈ 0.9004
        string sr = (2.5 / Math.Sqrt(250)).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var (code, output, _) = _cli.Run("stats", "dsr", "--sharpe", sr, "--observations", "1250", "--skewness", "-3", "--kurtosis", "10",
            "--trial-count", "100", "--trial-variance", "0.002", "--format", "json");
        Assert.Equal(0, code);
        JsonElement r = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.9004, r.GetProperty("dsr").GetDouble(), 4);
        Assert.Equal(0.1132, r.GetProperty("expectedMaxSharpe").GetDouble(), 4);
    }

    [Fact]
    public void Dsr_TrialsFileAndReturnsFile_Runs()
    {
        string trials = _cli.File("t.csv", "sharpe\n0.01\n0.03\n-0.02\n0.05\n");
        string returns = _cli.File("r.csv", "date,A\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"2024-01-01T00:00:00Z,{0.001 * ((i % 7) - 2)}\n".Replace("2024-01-01", new DateTime(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))));
        var (code, output, err) = _cli.Run("stats", "dsr", "--returns", returns, "--trials", trials);
        Assert.True(code == 0, err);
        Assert.Contains("dsr", output, StringComparison.Ordinal);
        Assert.Contains("trials", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MinTrl_HandValue_MatchesScipy()
    {
        // SciPy: 1 + (1 + 0.1 + (5 − 1)/4·0.01)·(norm.ppf(0.95)/0.1)² = 301.3153234045909
        var (code, output, _) = _cli.Run("stats", "mintrl", "--sharpe", "0.1", "--observations", "500", "--skewness", "-1", "--kurtosis", "5", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(301.3153234045909, JsonDocument.Parse(output).RootElement.GetProperty("minTrl").GetDouble(), 9);
    }

    [Fact]
    public void MinTrl_SharpeBelowBenchmark_ExplainsUndefined()
    {
        var (code, output, _) = _cli.Run("stats", "mintrl", "--sharpe", "0.01", "--observations", "100", "--benchmark-sharpe", "0.02");
        Assert.Equal(0, code);
        Assert.Contains("note: MinTRL is undefined: the Sharpe ratio 0.01 is not above the benchmark 0.02", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Psr_BothSeriesAndSummary_ExitsTwo()
    {
        string r = _cli.File("r.csv", "date,A\n2024-01-02,0.01\n2024-01-03,0.02\n");
        var (code, _, err) = _cli.Run("stats", "psr", "--returns", r, "--sharpe", "0.1", "--observations", "10");
        Assert.Equal(2, code);
        Assert.Contains("either --returns FILE or --sharpe", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dsr_BadTrialLine_NamesFileAndLine()
    {
        string t = _cli.File("t.csv", "sharpe\n0.01\nabc\n");
        var (code, _, err) = _cli.Run("stats", "dsr", "--sharpe", "0.1", "--observations", "100", "--trials", t);
        Assert.Equal(2, code);
        Assert.Contains($"{t} line 3", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MinTrl_ConfidenceOutOfRange_NamesOption()
    {
        var (code, _, err) = _cli.Run("stats", "mintrl", "--sharpe", "0.1", "--observations", "100", "--confidence", "1.5");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --confidence", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Psr_ConstantReturns_SaysSharpeUndefined()
    {
        string r = _cli.File("c.csv", "date,A\n2024-01-02,0.01\n2024-01-03,0.01\n2024-01-04,0.01\n");
        var (code, _, err) = _cli.Run("stats", "psr", "--returns", r);
        Assert.Equal(2, code);
        Assert.Contains("returns are constant", err, StringComparison.Ordinal);
    }
}
