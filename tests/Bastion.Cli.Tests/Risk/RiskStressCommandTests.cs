using System.Globalization;
using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskStressCommandTests : IDisposable
{
    private readonly RiskCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>Asset A moves exactly 2× the market's return, B exactly −1×: betas 2 and −1 (hand-checked).</summary>
    private (string Prices, string Weights) Files()
    {
        double m = 100, a = 50, b = 20;
        var lines = new List<string> { "date,A,B,MKT" };
        for (int i = 0; i < 60; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"2020-01-{(i % 28) + 1:00},{a:R},{b:R},{m:R}"));
            double r = 0.01 * Math.Sin(i * 0.9);
            m *= 1 + r;
            a *= 1 + (2 * r);
            b *= 1 - r;
        }

        return (_files.Write("px.csv", string.Join('\n', lines)), _files.Write("w.csv", "A,0.6\nB,0.4\n"));
    }

    [Fact]
    public void Stress_BuiltInScenarios_ShockThroughBetas()
    {
        (string prices, string weights) = Files();
        (int code, string output, string err) = Run("risk", "stress", "--prices", prices, "--weights", weights, "--market", "MKT", "--loss", "0.2", "--format", "json");
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        double[] betas = root.GetProperty("betas").EnumerateArray().Select(b => b.GetProperty("beta").GetDouble()).ToArray();
        Assert.Equal(2.0, betas[0], 10);
        Assert.Equal(-1.0, betas[1], 10);
        // Beta exposure 0.6·2 − 0.4·1 = 0.8: the 2008 shock −37% gives −29.6%; reverse for a 20% loss: −25%.
        JsonElement crisis = root.GetProperty("scenarios").EnumerateArray().First();
        Assert.Equal("2008 crisis", crisis.GetProperty("name").GetString());
        Assert.Equal(-0.296, crisis.GetProperty("shockPnL").GetDouble(), 10);
        Assert.Equal(-0.25, root.GetProperty("reverseStress").GetProperty("marketShock").GetDouble(), 10);
        Assert.Equal(5, root.GetProperty("scenarios").GetArrayLength());
        Assert.Equal(3, root.GetProperty("worstWindows").GetArrayLength());
    }

    [Fact]
    public void Stress_UserScenarioFile_AndBadLine()
    {
        (string prices, string weights) = Files();
        string ok = _files.Write("s.csv", "name,shock,vol\ncrash,-0.2,3\n");
        (int code, string output, _) = Run("risk", "stress", "--prices", prices, "--weights", weights, "--market", "MKT", "--scenarios", ok);
        Assert.Equal(0, code);
        Assert.Contains("crash", output, StringComparison.Ordinal);
        string bad = _files.Write("bad.csv", "name,shock,vol\ncrash,-0.2,x\n");
        (code, _, string err) = Run("risk", "stress", "--prices", prices, "--weights", weights, "--market", "MKT", "--scenarios", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.csv:2", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Stress_MissingMarketColumn_Exit2()
    {
        (string prices, string weights) = Files();
        (int code, _, string err) = Run("risk", "stress", "--prices", prices, "--weights", weights, "--market", "SPX");
        Assert.Equal(2, code);
        Assert.Contains("--market 'SPX'", err, StringComparison.Ordinal);
    }
}
