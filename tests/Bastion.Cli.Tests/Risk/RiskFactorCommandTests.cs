using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

/// <summary>
/// <c>risk var --factors</c> on files built from tests/Bastion.Risk.Tests/Fixtures/factor_risk.json (asset returns compounded into
/// prices, factor returns on the same dates); the figures must match that fixture's NumPy/statsmodels reference values.
/// </summary>
public sealed class RiskFactorCommandTests : IDisposable
{
    private static readonly JsonElement s_fixture = Load();
    private readonly RiskCliFiles _files = new();
    private readonly string _prices;
    private readonly string _weights;
    private readonly string _factors;

    public RiskFactorCommandTests()
    {
        double[][] assets = Rows("asset_returns"), factors = Rows("factor_returns");
        string[] symbols = ["A1", "A2", "A3", "A4", "A5", "A6"];
        var day = new DateOnly(2021, 1, 1);
        var prices = new StringBuilder("date," + string.Join(',', symbols) + "\n");
        var factorFile = new StringBuilder("date,MKT,SMB,HML\n");
        double[] level = Enumerable.Repeat(100.0, 6).ToArray();
        prices.Append(Day(day)).Append(',').AppendJoin(',', level.Select(Format)).Append('\n');
        for (int t = 0; t < assets.Length; t++)
        {
            day = day.AddDays(1);
            for (int i = 0; i < 6; i++)
            {
                level[i] *= 1.0 + assets[t][i];
            }

            prices.Append(Day(day)).Append(',').AppendJoin(',', level.Select(Format)).Append('\n');
            factorFile.Append(Day(day)).Append(',').AppendJoin(',', factors[t].Select(Format)).Append('\n');
        }

        _prices = _files.Write("prices.csv", prices.ToString());
        _factors = _files.Write("factors.csv", factorFile.ToString());
        double[] w = s_fixture.GetProperty("weights").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        _weights = _files.Write("weights.csv", "symbol,weight\n" + string.Join('\n', symbols.Select((s, i) => s + "," + Format(w[i]))) + "\n");
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Var_HistoricalWithFactors_MatchesNumPyReference()
    {
        JsonElement c = s_fixture.GetProperty("historical")[1];
        JsonElement j = Json("--method", "historical", "--confidence", "0.99");
        JsonElement f = j.GetProperty("factors");
        Assert.Equal(c.GetProperty("var").GetDouble(), j.GetProperty("valueAtRisk").GetDouble(), 11);
        Assert.Equal(c.GetProperty("var").GetDouble(), f.GetProperty("valueAtRisk").GetDouble(), 11);
        Assert.Equal(c.GetProperty("es").GetDouble(), f.GetProperty("expectedShortfall").GetDouble(), 11);
        JsonElement[] rows = f.GetProperty("contributions").EnumerateArray().ToArray();
        Assert.Equal(["MKT", "SMB", "HML"], rows.Select(r => r.GetProperty("factor").GetString()));
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(c.GetProperty("var_component")[k].GetDouble(), rows[k].GetProperty("componentVaR").GetDouble(), 9);
            Assert.Equal(c.GetProperty("es_component")[k].GetDouble(), rows[k].GetProperty("componentES").GetDouble(), 9);
        }

        Assert.Equal(c.GetProperty("var_specific").GetDouble(), f.GetProperty("specific").GetProperty("componentVaR").GetDouble(), 9);
    }

    [Theory]
    [InlineData("normal", 0)]
    [InlineData("student-t", 2)]
    public void Var_ParametricWithFactors_MatchesClosedFormReference(string method, int fixtureCase)
    {
        JsonElement c = s_fixture.GetProperty("parametric")[fixtureCase];
        Assert.Equal(0.95, c.GetProperty("confidence").GetDouble());
        JsonElement f = Json("--method", method, "--confidence", "0.95", "--dof", "5").GetProperty("factors");
        Assert.Equal(c.GetProperty("var").GetProperty("total").GetDouble(), f.GetProperty("valueAtRisk").GetDouble(), 9);
        Assert.Equal(c.GetProperty("es").GetProperty("total").GetDouble(), f.GetProperty("expectedShortfall").GetDouble(), 9);
        JsonElement[] rows = f.GetProperty("contributions").EnumerateArray().ToArray();
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(c.GetProperty("var").GetProperty("component")[k].GetDouble(), rows[k].GetProperty("componentVaR").GetDouble(), 8);
        }

        double sum = rows.Sum(r => r.GetProperty("componentES").GetDouble()) + f.GetProperty("specific").GetProperty("componentES").GetDouble();
        Assert.Equal(f.GetProperty("expectedShortfall").GetDouble(), sum, 12);
    }

    [Fact]
    public void Var_FactorsTableAndCsv_ListFactorsSpecificAndTotal()
    {
        (int code, string table, string err) = CliRunner.Run("risk", "var", "--prices", _prices, "--weights", _weights, "--factors", _factors, "--neighbours", "3");
        Assert.True(code == 0, err);
        Assert.Contains("by factor (Hallerbach", table, StringComparison.Ordinal);
        Assert.Contains("specific", table, StringComparison.Ordinal);
        Assert.Contains("SMB", table, StringComparison.Ordinal);
        (code, string csv, _) = CliRunner.Run("risk", "var", "--prices", _prices, "--weights", _weights, "--factors", _factors, "--method", "normal", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("factor,exposure,marginal VaR,component VaR,marginal ES,component ES", csv, StringComparison.Ordinal);
        Assert.Contains("\nHML,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Var_FactorFileMissingADate_Exit2NamingFileAndDate()
    {
        string[] lines = File.ReadAllLines(_factors);
        string gap = _files.Write("gap.csv", string.Join('\n', lines.Where((_, i) => i != 10)));
        (int code, string output, string err) = CliRunner.Run("risk", "var", "--prices", _prices, "--weights", _weights, "--factors", gap);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("gap.csv: no row for " + lines[10].Split(',')[0], err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "cornish-fisher")]
    [InlineData("--neighbours", "-1")]
    public void Var_FactorsWithUnsupportedOption_Exit2(string option, string value)
    {
        (int code, _, string err) = CliRunner.Run("risk", "var", "--prices", _prices, "--weights", _weights, "--factors", _factors, option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("error:", err, StringComparison.Ordinal);
    }

    private JsonElement Json(params string[] extra)
    {
        (int code, string output, string err) = CliRunner.Run(["risk", "var", "--prices", _prices, "--weights", _weights, "--factors", _factors, "--format", "json", .. extra]);
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        return doc.RootElement.Clone();
    }

    private static JsonElement Load()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RiskCliFiles.RepositoryFile("tests/Bastion.Risk.Tests/Fixtures/factor_risk.json")));
        return doc.RootElement.Clone();
    }

    private static double[][] Rows(string name) => s_fixture.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToArray();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
