using System.Text.Json;
using Bastion.Analytics.Attribution;

namespace Bastion.Analytics.Tests.Attribution;

public sealed class StyleAnalysisTests
{
    private static ReturnPanel Styles() => ReturnPanelFile.Read(AttributionFixture.PathOf("style_indexes.csv"), percent: false);

    [Theory]
    [InlineData("EQW5")]
    [InlineData("TECH3")]
    public void Compute_SampleFund_MatchesCvxoptQp(string fund)
    {
        JsonElement e = AttributionFixture.Expected.GetProperty("styles").GetProperty(fund);
        int window = e.GetProperty("window").GetInt32();
        StyleAnalysisResult r = StyleAnalysis.Compute(FactorAttributionTests.Strategy(fund), Styles(), window);
        double[] w = AttributionFixture.Doubles(e.GetProperty("weights"));
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(w[i], r.Full.Weights[i], 1e-7);
        }

        Assert.Equal(e.GetProperty("rsquared").GetDouble(), r.Full.RSquared, 1e-10);
        Assert.Equal(e.GetProperty("trackingVolatility").GetDouble(), r.AnnualTrackingVolatility, 1e-9);
        Assert.Equal(e.GetProperty("meanTrackingDifference").GetDouble(), r.MeanTrackingDifference, 1e-10);
        var byDate = r.Rolling.ToDictionary(x => x.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(r.Observations - window + 1, r.Rolling.Count);
        foreach (JsonElement roll in e.GetProperty("rolling").EnumerateArray())
        {
            StyleWeights got = byDate[roll.GetProperty("date").GetString()!];
            double[] rw = AttributionFixture.Doubles(roll.GetProperty("weights"));
            for (int i = 0; i < rw.Length; i++)
            {
                Assert.Equal(rw[i], got.Weights[i], 1e-7);
            }

            Assert.Equal(roll.GetProperty("rsquared").GetDouble(), got.RSquared, 1e-9);
        }
    }

    [Fact]
    public void Compute_FundIsAStyleMix_RecoversTheMix()
    {
        ReturnPanel s = Styles();
        double[] mix = [0.2, 0.0, 0.5, 0.3];
        var values = Enumerable.Range(0, s.Count).Select(t => Enumerable.Range(0, 4).Sum(j => mix[j] * s[t, j])).ToList();
        StyleAnalysisResult r = StyleAnalysis.Compute(Series.ReturnSeries.Create("mix", s.Dates, values), s);
        Assert.All(mix.Zip(r.Full.Weights), x => Assert.Equal(x.First, x.Second, 1e-9));
        Assert.Equal(1.0, r.Full.RSquared, 1e-12);
    }

    [Fact]
    public void Compute_WindowTooShort_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => StyleAnalysis.Compute(FactorAttributionTests.Strategy("EQW5"), Styles(), window: 5));
}
