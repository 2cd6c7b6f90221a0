using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskRegimesCommandTests : IDisposable
{
    private readonly RiskCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly string s_spy = Bastion.Testing.RepositoryPaths.Sample("spy_prices.csv");

    [Fact]
    public void Regimes_SpyPricesJson_CalmStateFirstAndPerDateProbabilities()
    {
        (int code, string output, string err) = CliRunner.Run("risk", "regimes", "--prices", s_spy, "--states", "2", "--starts", "3", "--format", "json");
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        JsonElement[] states = [.. root.GetProperty("states").EnumerateArray()];
        Assert.True(states[0].GetProperty("volatility").GetDouble() < states[1].GetProperty("volatility").GetDouble());
        // statsmodels MarkovRegression(k_regimes=2) on the same returns: llf 21915.33359369213 (Bastion.Risk.Tests fixture regimes_spy.json).
        Assert.Equal(21915.33359369213, root.GetProperty("logLikelihood").GetDouble(), 5);
        JsonElement[] dates = [.. root.GetProperty("dates").EnumerateArray()];
        Assert.Equal(6764, dates.Length);
        Assert.Equal("1993-02-01", dates[0].GetProperty("date").GetString());
        double current = states.Sum(s => s.GetProperty("current").GetDouble());
        Assert.Equal(1.0, current, 12);
        Assert.Equal(states[1].GetProperty("current").GetDouble(), dates[^1].GetProperty("filtered")[1].GetDouble());
        Assert.Equal(4, root.GetProperty("diagnostics").GetProperty("ljungBoxSquared").GetArrayLength());
    }

    [Fact]
    public void Regimes_Table_PrintsParametersAndDiagnostics()
    {
        (int code, string output, string err) = CliRunner.Run("risk", "regimes", "--prices", s_spy, "--starts", "2");
        Assert.True(code == 0, err);
        Assert.Contains("state 0 annualized volatility", output, StringComparison.Ordinal);
        Assert.Contains("Ljung-Box Q(10) squared", output, StringComparison.Ordinal);
        Assert.Contains("ARCH LM(5)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--states", "4", "--states must be 2 or 3")]
    [InlineData("--starts", "0", "--starts and --periods-per-year must be positive")]
    public void Regimes_BadOption_ExitsTwoWithOneLine(string option, string value, string message)
    {
        (int code, string output, string err) = CliRunner.Run("risk", "regimes", "--prices", s_spy, option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Regimes_TooFewReturnsOrMissingFile_ExitsTwo()
    {
        string few = _files.Returns("few.csv", [0.01, -0.02, 0.005, 0.0, 0.01]);
        (int code, _, string err) = CliRunner.Run("risk", "regimes", "--returns", few);
        Assert.Equal(2, code);
        Assert.Contains("need at least", err, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run("risk", "regimes", "--returns", "/nonexistent/r.csv");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/r.csv", err, StringComparison.Ordinal);
    }
}
