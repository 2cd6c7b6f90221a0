using System.Globalization;
using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskMonteCarloCommandTests : IDisposable
{
    private readonly RiskCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void MonteCarlo_ConstantReturns_AllPercentilesEqualCompoundedValue()
    {
        string file = _files.Returns("c.csv", Enumerable.Repeat(0.01, 30));
        (int code, string output, string err) = Run("risk", "montecarlo", "--returns", file, "--paths", "100", "--horizon", "10", "--format", "json");
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        foreach (JsonElement q in doc.RootElement.GetProperty("finalValue").EnumerateArray())
        {
            Assert.Equal(Math.Pow(1.01, 10), q.GetProperty("value").GetDouble(), 12);
        }

        Assert.Equal(0.0, doc.RootElement.GetProperty("breachProbability").GetDouble());
    }

    [Fact]
    public void MonteCarlo_SeedReproducesAndTableFormat()
    {
        string file = _files.Returns("w.csv", Enumerable.Range(0, 300).Select(i => 0.01 * Math.Sin(i * 1.3)));
        string[] args = ["risk", "montecarlo", "--returns", file, "--model", "student-t", "--paths", "2000", "--horizon", "50", "--seed", "5"];
        (int code, string a, _) = Run(args);
        (_, string b, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Equal(a, b);
        Assert.Contains("breach probability", a, StringComparison.Ordinal);
    }

    [Fact]
    public void MonteCarlo_BlockLongerThanSeries_Exit2()
    {
        string file = _files.Returns("s.csv", [0.01, 0.02, -0.01]);
        (int code, _, string err) = Run("risk", "montecarlo", "--returns", file, "--model", "block", "--block-length", "5");
        Assert.Equal(2, code);
        Assert.Contains("--block-length 5", err, StringComparison.Ordinal);
    }
}
