using System.Globalization;
using System.Text.Json;
using Bastion.Analytics.Series;

namespace Bastion.Analytics.Tests;

/// <summary>Loads the fixture files written by tools/fixtures/analytics/make_fixtures.py.</summary>
internal static class FixtureData
{
    private static readonly Lazy<JsonElement> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(PathOf("expected_metrics.json"))).RootElement);

    private static readonly Lazy<(DateTimeOffset[] Dates, Dictionary<string, double[]> Columns)> s_prices = new(LoadPrices);

    public static JsonElement Expected => s_expected.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static ReturnSeries Returns(string column)
    {
        (DateTimeOffset[] dates, Dictionary<string, double[]> columns) = s_prices.Value;
        return ReturnSeries.FromEquity(column, dates, columns[column]);
    }

    public static double[] TrialSharpes()
        => [.. File.ReadLines(PathOf("trial_sharpes.csv"))
            .Where(l => !l.StartsWith('#') && l != "sharpe")
            .Select(l => double.Parse(l, CultureInfo.InvariantCulture))];

    public static double Get(string strategy, string metric)
        => Expected.GetProperty("strategies").GetProperty(strategy).GetProperty(metric).GetDouble();

    private static (DateTimeOffset[] Dates, Dictionary<string, double[]> Columns) LoadPrices()
    {
        string[] lines = File.ReadAllLines(PathOf("prices_2005_2014.csv"));
        string[] header = lines[0].Split(',');
        var dates = new DateTimeOffset[lines.Length - 1];
        var columns = header.Skip(1).ToDictionary(h => h, _ => new double[lines.Length - 1]);
        for (int i = 1; i < lines.Length; i++)
        {
            string[] f = lines[i].Split(',');
            dates[i - 1] = new DateTimeOffset(DateTime.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero);
            for (int c = 1; c < header.Length; c++)
            {
                columns[header[c]][i - 1] = double.Parse(f[c], CultureInfo.InvariantCulture);
            }
        }

        return (dates, columns);
    }
}
