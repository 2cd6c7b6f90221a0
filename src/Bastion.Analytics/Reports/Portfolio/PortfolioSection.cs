using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bastion.Analytics.Reports.Html;

namespace Bastion.Analytics.Reports.Portfolio;

/// <summary>
/// Renders and exports a <see cref="PortfolioReport"/>: as a section of the tear sheet (through
/// <see cref="ReportInput.Portfolio"/>), as a standalone offline HTML page, and as <c>portfolio.json</c>,
/// <c>portfolio-weights.csv</c> and <c>portfolio-frontier.csv</c>. Numbers in the files are raw fractions at
/// round-trip precision. Thread-safe.
/// </summary>
public static class PortfolioSection
{
    /// <summary>File name of the report as JSON.</summary>
    public const string JsonFile = "portfolio.json";

    /// <summary>File name of the weights and risk contributions as CSV: <c>portfolio,symbol,weight,risk_contribution</c>.</summary>
    public const string WeightsCsvFile = "portfolio-weights.csv";

    /// <summary>File name of the frontier as CSV: <c>volatility,expected_return,sharpe</c>.</summary>
    public const string FrontierCsvFile = "portfolio-frontier.csv";

    /// <summary>A self-contained HTML page (inline CSS and SVG, no network) holding only the portfolio section.</summary>
    /// <exception cref="ArgumentException">The report is invalid (see <see cref="PortfolioReport.Validate"/>).</exception>
    public static string RenderPage(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Validate();
        return PortfolioSectionHtml.Page(report);
    }

    /// <summary>Writes <see cref="JsonFile"/>, <see cref="WeightsCsvFile"/> and <see cref="FrontierCsvFile"/> into <paramref name="directory"/> (created if missing).</summary>
    /// <exception cref="ArgumentException">The report is invalid.</exception>
    public static void WriteFiles(PortfolioReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        report.Validate();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, JsonFile), ToJson(report));
        File.WriteAllText(Path.Combine(directory, WeightsCsvFile), WeightsCsv(report));
        File.WriteAllText(Path.Combine(directory, FrontierCsvFile), FrontierCsv(report));
    }

    /// <summary>The report as indented JSON: assets, frontier, portfolios (weights and risk contributions keyed by symbol), notes.</summary>
    public static string ToJson(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var assets = new JsonArray();
        for (int i = 0; i < report.Symbols.Count; i++)
        {
            assets.Add(new JsonObject { ["symbol"] = report.Symbols[i], ["expectedReturn"] = report.AssetReturns[i], ["volatility"] = report.AssetVolatilities[i] });
        }

        var frontier = new JsonArray();
        foreach (RiskReturnPoint p in report.Frontier)
        {
            frontier.Add(new JsonObject { ["volatility"] = p.Volatility, ["expectedReturn"] = p.ExpectedReturn, ["sharpe"] = Number(Sharpe(p, report.RiskFreeRate)) });
        }

        var portfolios = new JsonArray();
        foreach (PortfolioSummary p in report.Portfolios)
        {
            portfolios.Add(new JsonObject
            {
                ["name"] = p.Name,
                ["expectedReturn"] = p.ExpectedReturn,
                ["volatility"] = p.Volatility,
                ["sharpe"] = Number(p.Sharpe),
                ["weights"] = BySymbol(report.Symbols, p.Weights),
                ["riskContributions"] = BySymbol(report.Symbols, p.RiskContributions),
            });
        }

        var root = new JsonObject
        {
            ["title"] = report.Title,
            ["estimation"] = report.Estimation,
            ["riskFreeRate"] = report.RiskFreeRate,
            ["assets"] = assets,
            ["frontier"] = frontier,
            ["portfolios"] = portfolios,
            ["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>One row per portfolio and asset: <c>portfolio,symbol,weight,risk_contribution</c>.</summary>
    public static string WeightsCsv(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder("portfolio,symbol,weight,risk_contribution\n");
        foreach (PortfolioSummary p in report.Portfolios)
        {
            for (int i = 0; i < report.Symbols.Count; i++)
            {
                sb.Append(Escape(p.Name)).Append(',').Append(Escape(report.Symbols[i])).Append(',')
                  .Append(R(p.Weights[i])).Append(',').Append(R(p.RiskContributions[i])).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>One row per frontier point: <c>volatility,expected_return,sharpe</c>.</summary>
    public static string FrontierCsv(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder("volatility,expected_return,sharpe\n");
        foreach (RiskReturnPoint p in report.Frontier)
        {
            double sharpe = Sharpe(p, report.RiskFreeRate);
            sb.Append(R(p.Volatility)).Append(',').Append(R(p.ExpectedReturn)).Append(',').Append(double.IsNaN(sharpe) ? string.Empty : R(sharpe)).Append('\n');
        }

        return sb.ToString();
    }

    internal static double Sharpe(RiskReturnPoint p, double riskFree) => p.Volatility > 0 ? (p.ExpectedReturn - riskFree) / p.Volatility : double.NaN;

    private static JsonObject BySymbol(IReadOnlyList<string> symbols, IReadOnlyList<double> values)
    {
        var o = new JsonObject();
        for (int i = 0; i < symbols.Count; i++)
        {
            o[symbols[i]] = values[i];
        }

        return o;
    }

    private static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string field)
        => field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
