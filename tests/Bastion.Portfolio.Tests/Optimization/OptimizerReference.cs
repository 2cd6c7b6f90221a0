using System.Text.Json;
using Bastion.Portfolio.Optimization;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>The cvxopt / SLSQP reference values of Fixtures/optimizers.expected.json (tools/fixtures/portfolio/optimizers.py) and their inputs.</summary>
internal static class OptimizerReference
{
    public static readonly Fixture Data = Fixture.Load("prices_complete");

    public static readonly JsonElement Expected = LoadExpected();

    public static OptimizationInputs LongOnly() => new()
    {
        Symbols = Data.Symbols,
        ExpectedReturns = Data.Vector("mean_historical_return_compounding"),
        Covariance = Data.Matrix("sample_cov"),
        Returns = Data.Returns(),
        RiskFreeRate = Expected.GetProperty("risk_free_rate").GetDouble(),
    };

    /// <summary>Bounds [0, 0.25], sector limits and a 0.8 turnover cap from equal weights.</summary>
    public static OptimizationInputs Constrained() => LongOnly() with
    {
        UpperBound = 0.25,
        Sectors = Expected.GetProperty("sectors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
        SectorLimits = Expected.GetProperty("sector_limits").EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetDouble(), p.Value[1].GetDouble())),
        CurrentWeights = Vector("current_weights"),
        MaxTurnover = 0.8,
    };

    public static double[] Vector(string key) => [.. Expected.GetProperty(key).EnumerateArray().Select(e => e.GetDouble())];

    public static double[] Weights(string key, string field = "weights") => [.. Expected.GetProperty(key).GetProperty(field).EnumerateArray().Select(e => e.GetDouble())];

    public static double Number(string key, string field) => Expected.GetProperty(key).GetProperty(field).GetDouble();

    public static void AssertWeights(double[] expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"w[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    public static void AssertRelative(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    private static JsonElement LoadExpected()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "optimizers.expected.json")));
        return doc.RootElement.Clone();
    }
}
