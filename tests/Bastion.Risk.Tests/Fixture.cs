using System.Text.Json;

namespace Bastion.Risk.Tests;

/// <summary>Reads the generated reference fixtures (see Fixtures/README.md).</summary>
internal static class Fixture
{
    public static JsonElement Load(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    public static double[] Doubles(this JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    public static double[] Flatten(this JsonElement matrix)
        => matrix.EnumerateArray().SelectMany(row => row.EnumerateArray().Select(x => x.GetDouble())).ToArray();

    public static void Close(double expected, double actual, double relative, double absolute = 0.0)
    {
        double tol = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tol, $"expected {expected:R}, got {actual:R} (tolerance {tol:G3})");
    }
}
