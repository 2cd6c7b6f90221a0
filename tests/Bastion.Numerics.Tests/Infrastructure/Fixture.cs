using System.Globalization;

namespace Bastion.Numerics.Tests.Infrastructure;

/// <summary>Reads the reference-value fixtures written by the scripts in tools/fixtures/stats/.</summary>
internal static class Fixture
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "stats", fileName);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split(line.Contains(',', StringComparison.Ordinal) ? ',' : ' ');
        }
    }

    public static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double[] Vector(string s) => s.Split(';').Select(D).ToArray();

    /// <summary>Relative error, with an absolute floor for values near zero.</summary>
    public static double RelErr(double actual, double expected, double floor = 1e-300)
    {
        if (actual == expected)
        {
            return 0.0;
        }

        return Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), floor);
    }

    public static double[,] Matrix(string s)
    {
        string[] rows = s.Split('|');
        double[][] parsed = rows.Select(Vector).ToArray();
        var m = new double[parsed.Length, parsed[0].Length];
        for (int i = 0; i < parsed.Length; i++)
        {
            for (int j = 0; j < parsed[0].Length; j++)
            {
                m[i, j] = parsed[i][j];
            }
        }

        return m;
    }
}
