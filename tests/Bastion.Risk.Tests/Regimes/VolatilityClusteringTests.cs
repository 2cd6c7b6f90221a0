using System.Text.Json;
using Bastion.Risk.Regimes;

namespace Bastion.Risk.Tests.Regimes;

/// <summary>Ljung–Box and ARCH LM against statsmodels <c>acorr_ljungbox</c> and <c>het_arch</c> (Fixtures/regimes_spy.json).</summary>
public sealed class VolatilityClusteringTests
{
    private static readonly JsonElement s_spy = Fixture.Load("regimes_spy.json");
    private static readonly double[] s_returns = s_spy.GetProperty("returns").Doubles();
    private static readonly JsonElement s_diagnostics = s_spy.GetProperty("diagnostics");

    [Theory]
    [InlineData("ljung_box")]
    [InlineData("ljung_box_squared")]
    public void LjungBox_SpyReturns_MatchesStatsmodels(string name)
    {
        JsonElement e = s_diagnostics.GetProperty(name);
        int[] lags = [.. e.GetProperty("lags").EnumerateArray().Select(x => x.GetInt32())];

        LjungBoxResult[] results = name == "ljung_box" ? VolatilityClustering.LjungBox(s_returns, lags) : VolatilityClustering.LjungBoxSquared(s_returns, lags);

        double[] q = e.GetProperty("q").Doubles(), p = e.GetProperty("p").Doubles();
        for (int i = 0; i < lags.Length; i++)
        {
            Assert.Equal(lags[i], results[i].Lag);
            Fixture.Close(q[i], results[i].Statistic, 1e-10);
            Fixture.Close(p[i], results[i].PValue, 1e-8, 1e-300);
        }
    }

    [Fact]
    public void ArchLm_DemeanedSpyReturns_MatchesStatsmodelsHetArch()
    {
        double mean = s_returns.Average();
        double[] e = [.. s_returns.Select(x => x - mean)];
        foreach (JsonElement c in s_diagnostics.GetProperty("arch_lm").EnumerateArray())
        {
            ArchLmResult result = VolatilityClustering.ArchLm(e, c.GetProperty("lags").GetInt32());
            Fixture.Close(c.GetProperty("lm").GetDouble(), result.Statistic, 1e-9);
            Fixture.Close(c.GetProperty("lm_p").GetDouble(), result.PValue, 1e-7, 1e-300);
            Fixture.Close(c.GetProperty("f").GetDouble(), result.FStatistic, 1e-9);
            Fixture.Close(c.GetProperty("f_p").GetDouble(), result.FPValue, 1e-7, 1e-300);
        }
    }

    [Fact]
    public void LjungBox_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VolatilityClustering.LjungBox(s_returns[..10], [10]));
        Assert.Throws<ArgumentException>(() => VolatilityClustering.LjungBox(new double[20], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolatilityClustering.ArchLm(s_returns, 0));
    }
}
