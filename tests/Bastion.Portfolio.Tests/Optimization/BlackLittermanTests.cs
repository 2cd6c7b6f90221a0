using System.Globalization;
using System.Text.Json;
using Bastion.Portfolio.Optimization;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>Black–Litterman against PyPortfolioOpt's formulas (Fixtures/black_litterman.expected.json).</summary>
public sealed class BlackLittermanTests
{
    private static readonly JsonElement s_ref = Load();

    private static JsonElement Load()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "black_litterman.expected.json")));
        return doc.RootElement.Clone();
    }

    private static double[] Vec(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];

    private static double[,] Mat(JsonElement e)
    {
        int n = e.GetArrayLength();
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = e[i][j].GetDouble();
            }
        }

        return m;
    }

    private static string[] Symbols => [.. s_ref.GetProperty("symbols").EnumerateArray().Select(x => x.GetString()!)];

    private static List<BlackLittermanView> Views()
    {
        double[] conf = Vec(s_ref.GetProperty("confidences"));
        return [.. s_ref.GetProperty("views").EnumerateArray().Select((v, i) => new BlackLittermanView(
            v.GetProperty("asset").GetString()!,
            v.GetProperty("versus").ValueKind == JsonValueKind.Null ? null : v.GetProperty("versus").GetString(),
            v.GetProperty("value").GetDouble(),
            conf[i]))];
    }

    [Fact]
    public void MarketImpliedRiskAversion_SpyPrices_MatchesPyPortfolioOpt()
    {
        double[] spy = [.. File.ReadLines(Fixture.RepoFile("data/samples/spy_prices.csv")).Skip(1)
            .Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture))];

        Assert.Equal(s_ref.GetProperty("risk_aversion").GetDouble(), BlackLitterman.MarketImpliedRiskAversion(spy, 252, 0.02), 1e-10);
    }

    [Fact]
    public void MarketImpliedPrior_MatchesPyPortfolioOpt()
    {
        double[] prior = BlackLitterman.MarketImpliedPrior(
            Vec(s_ref.GetProperty("market_caps")), s_ref.GetProperty("risk_aversion").GetDouble(), Mat(s_ref.GetProperty("covariance")), 0.02);

        Fixture.AssertClose(Vec(s_ref.GetProperty("prior")), prior, 1e-12);
    }

    [Theory]
    [InlineData("default", false)]
    [InlineData("idzorek", true)]
    public void Posterior_MatchesPyPortfolioOpt(string key, bool idzorek)
    {
        BlackLittermanResult result = BlackLitterman.Posterior(
            Mat(s_ref.GetProperty("covariance")),
            Symbols,
            Vec(s_ref.GetProperty("prior")),
            Views(),
            tau: s_ref.GetProperty("tau").GetDouble(),
            riskAversion: s_ref.GetProperty("risk_aversion").GetDouble(),
            idzorek: idzorek);

        JsonElement expected = s_ref.GetProperty(key);
        Fixture.AssertClose(Vec(expected.GetProperty("omega_diagonal")), [.. result.OmegaDiagonal], 1e-12);
        Fixture.AssertClose(Vec(expected.GetProperty("posterior_returns")), [.. result.PosteriorReturns], 1e-11);
        Fixture.AssertClose(Mat(expected.GetProperty("posterior_covariance")), result.PosteriorCovariance, 1e-11);
        Fixture.AssertClose(Vec(expected.GetProperty("weights")), [.. result.ImpliedWeights], 1e-9);
    }

    [Fact]
    public void Posterior_ViewOnUnknownSymbol_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => BlackLitterman.Posterior(
            Mat(s_ref.GetProperty("covariance")), Symbols, Vec(s_ref.GetProperty("prior")), [new BlackLittermanView("TSLA", null, 0.3)]));
        Assert.Contains("unknown symbol 'TSLA'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Posterior_FullConfidenceAbsoluteView_PinsThatAssetsReturn()
    {
        // With c = 1, Ω = 0 and the posterior must reproduce the view exactly (Idzorek 2005, 100% confidence).
        BlackLittermanResult result = BlackLitterman.Posterior(
            Mat(s_ref.GetProperty("covariance")), Symbols, Vec(s_ref.GetProperty("prior")),
            [new BlackLittermanView("AAPL", null, 0.10, 1.0)], idzorek: true);

        Assert.Equal(0.10, result.PosteriorReturns[Array.IndexOf(Symbols, "AAPL")], 1e-12);
    }
}
