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

    /// <summary>A GARCH-like series: volatility clusters from a deterministic recursion (seeded stream, ω 1e-6, α 0.1, β 0.85).</summary>
    private static double[] Clustered(ulong seed, int count)
    {
        var rng = new Bastion.Numerics.Random.RandomStream(seed);
        var r = new double[count];
        double h = 2e-5;
        for (int t = 0; t < count; t++)
        {
            r[t] = 0.0002 + (Math.Sqrt(h) * rng.NextGaussian());
            h = 1e-6 + (0.1 * (r[t] - 0.0002) * (r[t] - 0.0002)) + (0.85 * h);
        }

        return r;
    }

    [Fact]
    public void MonteCarlo_Garch_SeedReproducesAndDiffersFromNormal()
    {
        string file = _files.Returns("g.csv", Clustered(3, 800));
        string[] args = ["risk", "montecarlo", "--returns", file, "--model", "garch", "--garch-model", "gjr", "--innovations", "student-t", "--dof", "7", "--paths", "1000", "--horizon", "60", "--seed", "11", "--format", "json"];
        (int code, string a, string err) = Run(args);
        Assert.True(code == 0, err);
        (_, string b, _) = Run(args);
        Assert.Equal(a, b);
        (_, string normal, _) = Run("risk", "montecarlo", "--returns", file, "--model", "normal", "--paths", "1000", "--horizon", "60", "--seed", "11", "--format", "json");
        Assert.NotEqual(a, normal);
        using JsonDocument doc = JsonDocument.Parse(a);
        Assert.Equal("garch", doc.RootElement.GetProperty("inputs").GetProperty("model").GetString());
    }

    [Fact]
    public void MonteCarlo_PortfolioGarch_SimulatesCorrelatedAssets()
    {
        double[] x = Clustered(5, 600), y = Clustered(6, 600);
        var sb = new System.Text.StringBuilder("date,X,Y\n");
        double px = 100, py = 50;
        for (int t = 0; t < 600; t++)
        {
            px *= 1 + x[t];
            py *= 1 + (0.5 * x[t]) + (0.5 * y[t]);
            sb.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2020, 1, 1).AddDays(t):yyyy-MM-dd},{px:R},{py:R}\n");
        }

        string prices = _files.Write("px.csv", sb.ToString());
        string weights = _files.Write("w.csv", "symbol,weight\nX,0.6\nY,0.4\n");
        (int code, string table, string err) = Run("risk", "montecarlo", "--prices", prices, "--weights", weights, "--model", "garch", "--paths", "500", "--horizon", "20");
        Assert.True(code == 0, err);
        Assert.Contains("garch: 500 paths of 20 days", table, StringComparison.Ordinal);
        Assert.Contains("(X Y)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void MonteCarlo_SweepVolMultiplier_RowsPerValueAndRiskGrowsWithVolatility()
    {
        string file = _files.Returns("sweep.csv", Clustered(9, 700));
        string[] common = ["risk", "montecarlo", "--returns", file, "--model", "garch", "--paths", "2000", "--horizon", "126", "--seed", "4", "--loss-threshold", "0.1"];
        (int code, string output, string err) = Run([.. common, "--sweep", "vol-multiplier=0.5,1,2", "--format", "json"]);
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement[] rows = doc.RootElement.GetProperty("sweep").EnumerateArray().ToArray();
        Assert.Equal([0.5, 1.0, 2.0], rows.Select(r => r.GetProperty("volMultiplier").GetDouble()));
        double[] breach = rows.Select(r => r.GetProperty("breachProbability").GetDouble()).ToArray();
        Assert.True(breach[0] <= breach[1] && breach[1] <= breach[2] && breach[2] > breach[0], string.Join(", ", breach));

        // The m = 1 row is the plain run with the same seed.
        (_, string single, _) = Run([.. common, "--format", "json"]);
        using JsonDocument one = JsonDocument.Parse(single);
        Assert.Equal(one.RootElement.GetProperty("breachProbability").GetDouble(), breach[1]);
        (code, string table, _) = Run([.. common, "--sweep", "vol-multiplier=1,3"]);
        Assert.Equal(0, code);
        Assert.Contains("vol multiplier", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vol=1,2")]
    [InlineData("vol-multiplier=1,x")]
    [InlineData("vol-multiplier=0")]
    [InlineData("vol-multiplier=1,2", "--vol-multiplier", "3")]
    public void MonteCarlo_BadSweep_Exit2(string sweep, string option = "--paths", string value = "10")
    {
        string file = _files.Returns("b.csv", Clustered(1, 100));
        (int code, string output, string err) = Run("risk", "montecarlo", "--returns", file, "--sweep", sweep, option, value);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--sweep", err, StringComparison.Ordinal);
    }
}
