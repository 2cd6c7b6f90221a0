using System.Text.Json;

namespace Bastion.Analytics.Tests.Attribution;

/// <summary>Files written by tools/fixtures/analytics/make_attribution_fixtures.py (see Fixtures/README.md).</summary>
internal static class AttributionFixture
{
    private static readonly Lazy<JsonElement> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(PathOf("expected_attribution.json"))).RootElement);

    public static JsonElement Expected => s_expected.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "attribution", file);

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
