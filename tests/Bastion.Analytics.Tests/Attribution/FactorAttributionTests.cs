using System.Globalization;
using System.Text.Json;
using Bastion.Analytics.Attribution;
using Bastion.Analytics.Series;

namespace Bastion.Analytics.Tests.Attribution;

public sealed class FactorAttributionTests
{
    internal static ReturnSeries Strategy(string column)
    {
        string[] lines = File.ReadAllLines(AttributionFixture.PathOf("strategy_returns.csv"));
        int c = Array.IndexOf(lines[0].Split(','), column);
        var dates = new List<DateTimeOffset>();
        var values = new List<double>();
        foreach (string[] f in lines.Skip(1).Select(l => l.Split(',')))
        {
            dates.Add(DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
            values.Add(double.Parse(f[c], CultureInfo.InvariantCulture));
        }

        return ReturnSeries.Create(column, dates, values);
    }

    private static ReturnPanel Factors() => ReturnPanelFile.Read(AttributionFixture.PathOf("factors_daily_percent.csv"), percent: true);

    [Theory]
    [InlineData("EQW5", "lags5")]
    [InlineData("EQW5", "default")]
    [InlineData("EQW5", "lags5Corrected")]
    [InlineData("TECH3", "lags5")]
    [InlineData("TECH3", "default")]
    public void Compute_SampleStrategy_MatchesStatsmodelsHac(string strategy, string key)
    {
        JsonElement e = AttributionFixture.Expected.GetProperty("factors").GetProperty(strategy).GetProperty(key);
        var options = new FactorAttributionOptions
        {
            Lags = key == "default" ? null : e.GetProperty("lags").GetInt32(),
            SmallSampleCorrection = e.GetProperty("useCorrection").GetBoolean(),
        };
        FactorAttributionResult r = FactorAttribution.Compute(Strategy(strategy), Factors(), options);
        Assert.Equal(e.GetProperty("lags").GetInt32(), r.Lags);
        Assert.Equal(e.GetProperty("observations").GetInt32(), r.Dates.Count);
        double[] p = AttributionFixture.Doubles(e.GetProperty("params")), se = AttributionFixture.Doubles(e.GetProperty("bse"));
        double[] t = AttributionFixture.Doubles(e.GetProperty("tvalues")), pv = AttributionFixture.Doubles(e.GetProperty("pvalues"));
        Coefficient[] all = [r.Alpha, .. r.Factors.Select(f => f.Beta)];
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(p[i], all[i].Estimate, 1e-12);
            Assert.Equal(1.0, all[i].StandardError / se[i], 1e-9);
            Assert.Equal(1.0, all[i].TStatistic / t[i], 1e-9);
            Assert.Equal(pv[i], all[i].PValue, 1e-9);
        }

        Assert.Equal(["Mkt-RF", "SMB", "HML"], r.Factors.Select(f => f.Factor));
        Assert.Equal(e.GetProperty("rsquared").GetDouble(), r.RSquared, 12);
        Assert.Equal(e.GetProperty("rsquaredAdj").GetDouble(), r.AdjustedRSquared, 12);
        Assert.Equal(Math.Sqrt(e.GetProperty("mseResid").GetDouble() * 252), r.AnnualResidualVolatility, 12);
        Assert.Equal(e.GetProperty("meanExcess").GetDouble(), r.MeanExcessReturn, 14);
        double[] contributions = AttributionFixture.Doubles(e.GetProperty("contributions"));
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(contributions[k], r.Factors[k].Contribution, 14);
            Assert.Equal(contributions[k] * 252, r.Factors[k].AnnualContribution, 12);
        }
    }

    [Fact]
    public void Compute_Sample_AlphaPlusContributionsEqualsMeanAndCumulativeSeriesAddUp()
    {
        FactorAttributionResult r = FactorAttribution.Compute(Strategy("EQW5"), Factors());
        Assert.Equal(r.MeanExcessReturn, r.Alpha.Estimate + r.Factors.Sum(f => f.Contribution), 14);
        for (int t = 0; t < r.Dates.Count; t++)
        {
            double parts = r.CumulativeAlpha[t] + r.CumulativeResidual[t] + r.CumulativeFactorContributions.Sum(c => c[t]);
            Assert.Equal(r.CumulativeExcessReturn[t], parts, 12);
        }

        Assert.Equal(0.0, r.CumulativeResidual[^1], 12);
    }

    [Fact]
    public void Compute_MissingRiskFreeColumn_NamesColumns()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            FactorAttribution.Compute(Strategy("EQW5"), Factors(), new FactorAttributionOptions { RiskFreeColumn = "TBILL" }));
        Assert.StartsWith("no risk-free column 'TBILL' (columns: Mkt-RF, SMB, HML, RF)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnPanelFile_KenFrenchLayout_SkipsPreambleAndScalesPercent()
    {
        ReturnPanel f = Factors();
        Assert.Equal(["Mkt-RF", "SMB", "HML", "RF"], f.Names);
        Assert.Equal(new DateTimeOffset(2015, 1, 2, 0, 0, 0, TimeSpan.Zero), f.Dates[0]);
        Assert.Equal(-0.0006, f[0, 0], 15);
        Assert.Equal(0.00003, f[0, 3], 15);
        Assert.True(f.LargestMagnitude() < 1);
    }
}
