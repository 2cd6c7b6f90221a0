using System.Globalization;
using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskLimitsCommandTests : IDisposable
{
    private const double QuantityA = 100, QuantityB = -30, QuantityC = 200;

    // Prices of A, B, C on 12 days; the last row values the book.
    private static readonly double[] s_a = [10.0, 10.2, 10.1, 10.4, 10.3, 10.6, 10.5, 10.8, 10.7, 11.0, 10.9, 10.5];
    private static readonly double[] s_b = [20.0, 19.8, 20.1, 20.3, 19.9, 20.2, 20.6, 20.4, 20.8, 20.5, 20.9, 21.0];
    private static readonly double[] s_c = [5.0, 5.1, 5.05, 5.2, 5.15, 5.1, 5.3, 5.25, 5.4, 5.35, 5.5, 5.45];

    private readonly RiskCliFiles _files = new();

    public RiskLimitsCommandTests()
    {
        var lines = new List<string> { "date,A,B,C" };
        for (int i = 0; i < s_a.Length; i++)
        {
            lines.Add(FormattableString.Invariant($"2021-01-{i + 1:00},{s_a[i]:R},{s_b[i]:R},{s_c[i]:R}"));
        }

        _files.Write("prices.csv", string.Join('\n', lines));
        _files.Write("positions.csv", FormattableString.Invariant($"symbol,quantity\nA,{QuantityA}\nB,{QuantityB}\nC,{QuantityC}\n"));
        _files.Write("sectors.csv", "symbol,sector\nA,Tech\nB,Tech\nC,Energy\n");
        _files.Write("adv.csv", "symbol,adv\nA,2000\nB,10000\nC,1000\n");
    }

    public void Dispose() => _files.Dispose();

    private static double[] Values => [QuantityA * s_a[^1], QuantityB * s_b[^1], QuantityC * s_c[^1]];

    private static double[] Weights => Values.Select(v => v / Values.Sum()).ToArray();

    private string Config(string limits, string extra = "", string inputs = "")
        => _files.Write("limits.yaml", "inputs:\n  positions: positions.csv\n  prices: prices.csv\n  sectors: sectors.csv\n  adv: adv.csv\n" + inputs +
                                       "var:\n  confidence: 0.9\n" + extra + "limits:\n" + limits);

    private static (int Code, string Out, string Err) Run(string config, string format = "json")
        => CliRunner.Run("risk", "limits", "--config", config, "--format", format);

    private static List<(string Check, string Status, double? Figure, double Warn, double Limit, string Detail)> Rows(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("checks").EnumerateArray().Select(r => (
            r.GetProperty("check").GetString()!,
            r.GetProperty("status").GetString()!,
            r.GetProperty("figure").ValueKind == JsonValueKind.Null ? (double?)null : r.GetProperty("figure").GetDouble(),
            r.GetProperty("warn").GetDouble(),
            r.GetProperty("limit").GetDouble(),
            r.GetProperty("detail").GetString()!)).ToList();
    }

    [Fact]
    public void Limits_GenerousLimits_AllPassExitZero()
    {
        string config = Config("  position-weight: { limit: 2 }\n  sector-weight: { limit: 2 }\n  correlation: { limit: 1.5 }\n  var: { limit: 0.5 }\n" +
                               "  daily-loss: { limit: 0.5 }\n  gross-exposure: { limit: 3 }\n  net-exposure: { limit: 2 }\n  days-to-liquidate: { limit: 100 }\n");
        (int code, string output, string err) = Run(config);
        Assert.True(code == 0, err);
        var rows = Rows(output);
        Assert.Equal(3 + 2 + 3 + 1 + 1 + 1 + 1 + 3, rows.Count);
        Assert.All(rows, r => Assert.Equal("pass", r.Status));
    }

    [Fact]
    public void Limits_BreachingConfig_ExitOneWithIndependentlyComputedFigures()
    {
        double[] w = Weights;
        double techWeight = Math.Abs(w[0] + w[1]);
        double gross = w.Sum(Math.Abs);

        // Last-day portfolio return Σ wᵢ (pᵢ,T / pᵢ,T−1 − 1); A fell 10.9 → 10.5, so the book lost.
        double daily = (w[0] * ((s_a[^1] / s_a[^2]) - 1)) + (w[1] * ((s_b[^1] / s_b[^2]) - 1)) + (w[2] * ((s_c[^1] / s_c[^2]) - 1));
        Assert.True(daily < 0);
        string config = Config(
            FormattableString.Invariant($"  position-weight: {{ limit: {w[0] * 0.99:R} }}\n") +
            FormattableString.Invariant($"  sector-weight: {{ limit: {techWeight * 1.1:R}, warn: {techWeight * 0.95:R} }}\n") +
            FormattableString.Invariant($"  daily-loss: {{ limit: {-daily * 0.5:R} }}\n") +
            FormattableString.Invariant($"  gross-exposure: {{ limit: {gross * 2:R} }}\n") +
            "  days-to-liquidate: { limit: 1.2, warn: 0.4 }\n",
            "liquidity:\n  participation: 0.2\n");
        (int code, string output, string err) = Run(config);
        Assert.True(code == 1, err);
        var rows = Rows(output);

        var a = rows.Single(r => r is { Check: "position-weight", Detail: "A" });
        Assert.Equal("breach", a.Status);
        Assert.Equal(w[0], a.Figure!.Value, 12);
        Assert.Equal("breach", rows.Single(r => r is { Check: "position-weight", Detail: "C" }).Status);
        Assert.Equal(Math.Abs(w[1]), rows.Single(r => r is { Check: "position-weight", Detail: "B" }).Figure!.Value, 12);

        var tech = rows.Single(r => r is { Check: "sector-weight", Detail: "Tech" });
        Assert.Equal("warn", tech.Status);
        Assert.Equal(techWeight, tech.Figure!.Value, 12);
        Assert.Equal(techWeight * 0.95, tech.Warn, 12);

        var loss = rows.Single(r => r.Check == "daily-loss");
        Assert.Equal(("breach", "portfolio"), (loss.Status, loss.Detail));
        Assert.Equal(-daily, loss.Figure!.Value, 12);

        var grossRow = rows.Single(r => r.Check == "gross-exposure");
        Assert.Equal("pass", grossRow.Status);
        Assert.Equal(gross, grossRow.Figure!.Value, 12);

        // Days to liquidate = |q| / (participation · ADV shares): A 100/(0.2·2000) = 0.25, B 30/2000 = 0.015, C 200/200 = 1.
        Assert.Equal(0.25, rows.Single(r => r is { Check: "days-to-liquidate", Detail: "A" }).Figure!.Value, 12);
        Assert.Equal(0.015, rows.Single(r => r is { Check: "days-to-liquidate", Detail: "B" }).Figure!.Value, 12);
        var c = rows.Single(r => r is { Check: "days-to-liquidate", Detail: "C" });
        Assert.Equal("warn", c.Status);
        Assert.Equal(1.0, c.Figure!.Value, 12);
    }

    /// <summary>Historical 90% VaR: minus NumPy's default ('linear') quantile at 0.1 of the portfolio returns Σ wᵢ rᵢ,ₜ.</summary>
    private static double HistoricalVaR90()
    {
        double[] w = Weights;
        double[] r = Enumerable.Range(1, s_a.Length - 1)
            .Select(t => (w[0] * ((s_a[t] / s_a[t - 1]) - 1)) + (w[1] * ((s_b[t] / s_b[t - 1]) - 1)) + (w[2] * ((s_c[t] / s_c[t - 1]) - 1)))
            .Order().ToArray();
        double h = (r.Length - 1) * 0.1;
        int lo = (int)Math.Floor(h);
        return -(r[lo] + ((h - lo) * (r[lo + 1] - r[lo])));
    }

    [Fact]
    public void Limits_HistoricalVaR_MatchesLinearQuantileOfPortfolioReturns()
    {
        (int code, string output, string err) = Run(Config("  var: { limit: 1 }\n"));
        Assert.True(code == 0, err);
        Assert.Equal(HistoricalVaR90(), Rows(output).Single(x => x.Check == "var").Figure!.Value, 12);
    }

    [Fact]
    public void Limits_LiquidityAdjustedVaR_AddsHalfTheBadSpreadPerBangia1999()
    {
        _files.Write("spreads.csv", "symbol,mean,sd\nA,0.002,0.001\nB,0.01,0.004\nC,0.005,0\n");
        string config = Config("  lvar: { limit: 1 }\n", "lvar:\n  k: 2.5\n", "  spreads: spreads.csv\n");
        (int code, string output, string err) = Run(config);
        Assert.True(code == 0, err);

        // LVaR = VaR + ½ Σ |wᵢ| (μᵢ + k σᵢ), Bangia, Diebold, Schuermann and Stroh (1999), with k = 2.5.
        double[] w = Weights;
        double cost = 0.5 * ((Math.Abs(w[0]) * (0.002 + (2.5 * 0.001))) + (Math.Abs(w[1]) * (0.01 + (2.5 * 0.004))) + (Math.Abs(w[2]) * 0.005));
        var row = Rows(output).Single(x => x.Check == "lvar");
        Assert.Equal(("pass", "portfolio"), (row.Status, row.Detail));
        Assert.Equal(HistoricalVaR90() + cost, row.Figure!.Value, 12);
    }

    [Fact]
    public void Limits_LvarWithoutK_ExitTwo()
    {
        (int code, _, string err) = Run(Config("  lvar: { limit: 1 }\n"));
        Assert.Equal(2, code);
        Assert.Contains("'limits.lvar.limit' needs 'lvar.k'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_MissingSectorsAndAdv_ChecksSkippedAndSaid()
    {
        string config = _files.Write("nosectors.yaml", "inputs:\n  positions: positions.csv\n  prices: prices.csv\nvar:\n  confidence: 0.9\nlimits:\n" +
                                                       "  sector-weight: { limit: 0.5 }\n  days-to-liquidate: { limit: 1 }\n  net-exposure: { limit: 2 }\n");
        (int code, string output, string err) = Run(config, "csv");
        Assert.True(code == 0, err);
        string[] lines = output.Trim().Split('\n');
        Assert.Equal("check,status,figure,warn,limit,detail", lines[0]);
        Assert.Equal("sector-weight,skipped,,0.4,0.5,skipped: no inputs.sectors file", lines[1]);
        Assert.Equal("days-to-liquidate,skipped,,0.8,1,skipped: no inputs.adv file", lines[3]);
        Assert.StartsWith("net-exposure,pass,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_UnknownYamlKey_ErrorNamesFileAndLineExitTwo()
    {
        string config = Config("  position-weight: { limit: 0.5 }\n  positon-weight: { limit: 0.5 }\n");
        (int code, string output, string err) = Run(config);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(config + ":10:", err, StringComparison.Ordinal);
        Assert.Contains("unknown key 'limits.positon-weight.limit'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_BadValue_ErrorNamesFileAndLine()
    {
        string config = Config("  position-weight: { limit: 0.5, warn: 0.6 }\n");
        (int code, _, string err) = Run(config);
        Assert.Equal(2, code);
        Assert.Contains(config + ":9: 'limits.position-weight.warn' must be in (0, limit 0.5]", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_EnvironmentVariable_OverridesConfigLimit()
    {
        string config = Config("  gross-exposure: { limit: 5 }\n");
        Assert.Equal(0, Run(config).Code);
        const string name = "BASTION__LIMITS__LIMITS__GROSS_EXPOSURE__LIMIT";
        Environment.SetEnvironmentVariable(name, "0.5");
        try
        {
            (int code, string output, string err) = Run(config);
            Assert.True(code == 1, err);
            var row = Assert.Single(Rows(output));
            Assert.Equal(("breach", 0.5), (row.Status, row.Limit));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Limits_SectorsFileListsUnheldSymbols_Accepted()
    {
        _files.Write("positions.csv", "symbol,quantity\nA,10\nC,5\n");
        (int code, string output, string err) = Run(Config("  sector-weight: { limit: 2 }\n"));
        Assert.True(code == 0, err);
        Assert.Equal(["Tech", "Energy"], Rows(output).Select(r => r.Detail));
    }

    [Fact]
    public void Limits_WindowLongerThanReturns_ExitTwo()
    {
        (int code, _, string err) = Run(Config("  gross-exposure: { limit: 2 }\n", "window: 12\n"));
        Assert.Equal(2, code);
        Assert.Contains("window 12: ", err, StringComparison.Ordinal);
        Assert.Contains("has only 11 returns", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_MissingPositionsFile_ExitTwoNamingFile()
    {
        string config = _files.Write("missing.yaml", "inputs:\n  positions: nowhere.csv\n  prices: prices.csv\nlimits:\n  gross-exposure: { limit: 2 }\n");
        (int code, string output, string err) = Run(config);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("nowhere.csv: quantity file not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_SymbolNotInPrices_ExitTwoNamingSymbol()
    {
        _files.Write("positions.csv", "symbol,quantity\nA,10\nZZZ,5\n");
        (int code, _, string err) = Run(Config("  gross-exposure: { limit: 2 }\n"));
        Assert.Equal(2, code);
        Assert.Contains("positions.csv: symbol 'ZZZ' is not a column of ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_SampleConfig_EveryFigureMatchesPandasFixture()
    {
        string config = RiskCliFiles.RepositoryFile("data/samples/limits/limits.yaml");
        (int code, string output, string err) = Run(config);
        Assert.True(code == 1, err);
        var rows = Rows(output);
        var breach = Assert.Single(rows, r => r.Status == "breach");
        Assert.Equal(("correlation", "BAC/JPM"), (breach.Check, breach.Detail));

        using JsonDocument fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "limits_sample.expected.json")));
        int compared = 0;
        foreach (JsonProperty check in fixture.RootElement.EnumerateObject().Where(p => p.Name != "provenance"))
        {
            foreach (JsonProperty subject in check.Value.EnumerateObject())
            {
                var row = rows.Single(r => r.Check == check.Name && r.Detail == subject.Name);
                Assert.Equal(subject.Value.GetDouble(), row.Figure!.Value, 10);
                compared++;
            }
        }

        Assert.Equal(rows.Count, compared);
    }

    [Fact]
    public void Limits_Json_EveryWarnAndBreachRowIsATypedAlert()
    {
        (int code, string output, _) = Run(RiskCliFiles.RepositoryFile("data/samples/limits/limits.yaml"));
        Assert.Equal(1, code);
        var rows = Rows(output);
        using JsonDocument doc = JsonDocument.Parse(output);
        var alerts = doc.RootElement.GetProperty("alerts").EnumerateArray().ToList();

        Assert.Equal(rows.Count(r => r.Status is "warn" or "breach"), alerts.Count);
        Assert.Equal(rows.Count(r => r.Status == "breach"), alerts.Count(a => a.GetProperty("severity").GetString() == "critical"));
        Assert.All(alerts, a => Assert.Equal("limits", a.GetProperty("source").GetString()));
        JsonElement critical = alerts.First(a => a.GetProperty("severity").GetString() == "critical");
        var breach = rows.First(r => r.Status == "breach");
        Assert.Equal(breach.Detail, critical.GetProperty("subject").GetString());
        Assert.Equal(breach.Figure!.Value, critical.GetProperty("value").GetDouble(), 12);
        Assert.Equal(breach.Limit, critical.GetProperty("threshold").GetDouble(), 12);
    }

    [Fact]
    public void Limits_TableFormat_PrintsInputsAndRows()
    {
        (int code, string output, _) = Run(Config("  gross-exposure: { limit: 2 }\n"), "table");
        Assert.Equal(0, code);
        Assert.Contains("portfolio value", output, StringComparison.Ordinal);
        Assert.Contains(Values.Sum().ToString("R", CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        Assert.Contains("gross-exposure", output, StringComparison.Ordinal);
    }
}
