using System.Globalization;
using System.Text.Json;
using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Tests;

/// <summary>Loads a wide price fixture and the reference values computed for it (see tools/fixtures/portfolio).</summary>
internal sealed class Fixture
{
    private Fixture(string[] symbols, double[,] prices, JsonElement expected)
    {
        Symbols = symbols;
        Prices = prices;
        Expected = expected;
    }

    public string[] Symbols { get; }

    public double[,] Prices { get; }

    public JsonElement Expected { get; }

    public static Fixture Load(string name, string? pricesPath = null)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        string[] lines = File.ReadAllLines(pricesPath ?? Path.Combine(dir, name + ".csv"));
        string[] symbols = lines[0].Split(',')[1..];
        var prices = new double[lines.Length - 1, symbols.Length];
        for (int r = 1; r < lines.Length; r++)
        {
            string[] cells = lines[r].Split(',');
            for (int c = 0; c < symbols.Length; c++)
            {
                prices[r - 1, c] = cells[c + 1].Length == 0 ? double.NaN : double.Parse(cells[c + 1], CultureInfo.InvariantCulture);
            }
        }

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".expected.json")));
        return new Fixture(symbols, prices, doc.RootElement.Clone());
    }

    /// <summary>A file of the repository (e.g. <c>data/samples/stock_prices.csv</c>).</summary>
    public static string RepoFile(string relative) => Bastion.Testing.RepositoryPaths.File(relative);

    public ReturnPanel Returns(MissingPolicy policy = MissingPolicy.Fail) => ReturnPanel.FromPrices(Prices, Symbols, policy);

    public double[,] Matrix(string key)
    {
        JsonElement m = Expected.GetProperty(key);
        int n = m.GetArrayLength();
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                result[i, j] = m[i][j].GetDouble();
            }
        }

        return result;
    }

    public double[] Vector(string key) => [.. Expected.GetProperty(key).EnumerateArray().Select(e => e.GetDouble())];

    public double Number(string key) => Expected.GetProperty(key).GetDouble();

    public static void AssertClose(double[,] expected, double[,] actual, double relative)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        double scale = 0;
        foreach (double v in expected)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (int i = 0; i < expected.GetLength(0); i++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                Assert.True(
                    Math.Abs(expected[i, j] - actual[i, j]) <= relative * scale,
                    $"[{i},{j}]: expected {expected[i, j]:R}, got {actual[i, j]:R}");
            }
        }
    }

    public static void AssertClose(double[] expected, double[] actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= relative * Math.Max(1e-12, Math.Abs(expected[i])),
                $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
