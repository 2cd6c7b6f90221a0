using System.Text.Json;

namespace Bastion.Risk.Tests.Correlation;

/// <summary>The pandas/NumPy/SciPy reference values of Fixtures/correlation.json (tools/fixtures/risk/correlation.py).</summary>
internal static class CorrelationFixture
{
    public static readonly JsonElement Root = Fixture.Load("correlation.json");

    public static readonly double[,] Returns = Panel(Root.GetProperty("returns"));

    public static double[,] Panel(JsonElement rows)
    {
        double[][] r = rows.EnumerateArray().Select(x => x.Doubles()).ToArray();
        var m = new double[r.Length, r[0].Length];
        for (int i = 0; i < r.Length; i++)
        {
            for (int j = 0; j < r[0].Length; j++)
            {
                m[i, j] = r[i][j];
            }
        }

        return m;
    }

    public static double[,] Rows(double[,] panel, int first, int count)
    {
        int n = panel.GetLength(1);
        var m = new double[count, n];
        Array.Copy(panel, first * n, m, 0, count * n);
        return m;
    }

    public static void AssertMatrix(JsonElement expected, double[,] actual, double relative, double absolute)
    {
        double[,] e = Panel(expected);
        Assert.Equal(e.GetLength(0), actual.GetLength(0));
        Assert.Equal(e.GetLength(1), actual.GetLength(1));
        for (int i = 0; i < e.GetLength(0); i++)
        {
            for (int j = 0; j < e.GetLength(1); j++)
            {
                Fixture.Close(e[i, j], actual[i, j], relative, absolute);
            }
        }
    }
}
