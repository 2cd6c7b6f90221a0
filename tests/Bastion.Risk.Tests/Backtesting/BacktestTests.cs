using System.Text.Json;
using Bastion.Risk.Backtesting;

namespace Bastion.Risk.Tests.Backtesting;

public sealed class BacktestTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("backtests.json");

    [Fact]
    public void Kupiec_ProportionOfFailures_MatchesScipy()
    {
        foreach (JsonElement c in s_fixture.GetProperty("pof").EnumerateArray())
        {
            LikelihoodRatioTest t = CoverageTests.ProportionOfFailures(c.GetProperty("n").GetInt32(), c.GetProperty("x").GetInt32(), c.GetProperty("p").GetDouble());
            Fixture.Close(c.GetProperty("lr").GetDouble(), t.Statistic, 1e-10, 1e-12);
            Fixture.Close(c.GetProperty("pvalue").GetDouble(), t.PValue, 1e-8, 1e-300);
        }
    }

    [Fact]
    public void Kupiec_TimeUntilFirstFailure_MatchesScipy()
    {
        foreach (JsonElement c in s_fixture.GetProperty("tuff").EnumerateArray())
        {
            LikelihoodRatioTest t = CoverageTests.TimeUntilFirstFailure(c.GetProperty("first").GetInt32(), c.GetProperty("p").GetDouble());
            Fixture.Close(c.GetProperty("lr").GetDouble(), t.Statistic, 1e-10, 1e-12);
            Fixture.Close(c.GetProperty("pvalue").GetDouble(), t.PValue, 1e-8, 1e-300);
        }

        Assert.True(double.IsNaN(CoverageTests.TimeUntilFirstFailure(0, 0.01).Statistic));
    }

    [Fact]
    public void Christoffersen_IndependenceAndConditionalCoverage_MatchScipy()
    {
        foreach (JsonElement c in s_fixture.GetProperty("christoffersen").EnumerateArray())
        {
            bool[] hits = c.GetProperty("hits").EnumerateArray().Select(h => h.GetInt32() == 1).ToArray();
            double p = c.GetProperty("p").GetDouble();
            BacktestReport r = VaRBacktest.FromHits(hits, p);
            int[] counts = c.GetProperty("counts").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            Assert.Equal((counts[0], counts[1], counts[2], counts[3]), CoverageTests.Transitions(hits));
            Fixture.Close(c.GetProperty("lr_ind").GetDouble(), r.Independence!.Value.Statistic, 1e-10, 1e-12);
            Fixture.Close(c.GetProperty("pvalue_ind").GetDouble(), r.Independence!.Value.PValue, 1e-8);
            Fixture.Close(c.GetProperty("lr_cc").GetDouble(), r.ConditionalCoverage!.Value.Statistic, 1e-10);
            Fixture.Close(c.GetProperty("pvalue_cc").GetDouble(), r.ConditionalCoverage!.Value.PValue, 1e-8, 1e-300);
        }
    }

    /// <summary>
    /// Basel Committee on Banking Supervision (1996), "Supervisory framework for the use of backtesting ...", Table 2:
    /// 250 observations at 99% coverage, cumulative probabilities 8.11%, 28.58%, 54.32%, 75.81%, 89.22%, 95.88%, 98.63%,
    /// 99.60%, 99.89%, 99.97%, 99.99%; zones green 0–4, yellow 5–9, red 10+; plus factors 0.40, 0.50, 0.65, 0.75, 0.85, 1.00.
    /// </summary>
    [Fact]
    public void TrafficLight_Basel250At99_MatchesThePublishedTable()
    {
        double[] published = [0.0811, 0.2858, 0.5432, 0.7581, 0.8922, 0.9588, 0.9863, 0.9960, 0.9989, 0.9997, 0.9999];
        double[] plus = [0, 0, 0, 0, 0, 0.40, 0.50, 0.65, 0.75, 0.85, 1.00, 1.00];
        double[] scipy = s_fixture.GetProperty("binomial_cdf_250_001").Doubles();
        for (int x = 0; x <= 11; x++)
        {
            TrafficLightResult r = TrafficLight.Classify(250, x, 0.01);
            if (x < published.Length)
            {
                Assert.Equal(published[x], r.CumulativeProbability, 4);
            }

            Fixture.Close(scipy[x], r.CumulativeProbability, 1e-12);
            Assert.Equal(x <= 4 ? TrafficLightZone.Green : x <= 9 ? TrafficLightZone.Yellow : TrafficLightZone.Red, r.Zone);
            Assert.Equal(plus[x], r.PlusFactor);
        }

        Assert.True(double.IsNaN(TrafficLight.Classify(500, 3, 0.01).PlusFactor));
    }

    /// <summary>
    /// MATLAB Risk Management Toolbox documentation, <c>varbacktest</c> examples on <c>VaRBacktestData</c> (EquityIndex,
    /// Normal95): 1043 observations, 57 failures → LRatioPOF 0.46147, PValuePOF 0.49694 (<c>tbf</c> page); first failure on
    /// day 58 → LRatioTUFF 1.7354, PValueTUFF 0.18773 (<c>tuff</c> page).
    /// </summary>
    [Fact]
    public void Kupiec_MatlabDocumentationExamples()
    {
        LikelihoodRatioTest pof = CoverageTests.ProportionOfFailures(1043, 57, 0.05);
        Assert.Equal(0.46147, pof.Statistic, 5);
        Assert.Equal(0.49694, pof.PValue, 5);
        LikelihoodRatioTest tuff = CoverageTests.TimeUntilFirstFailure(58, 0.05);
        Assert.Equal(1.7354, tuff.Statistic, 4);
        Assert.Equal(0.18773, tuff.PValue, 5);
    }

    [Fact]
    public void FromForecasts_CountsLossesBeyondVaR()
    {
        double[] var = [1.0, 1.0, 1.0, 1.0];
        double[] pnl = [-0.5, -1.5, 2.0, -1.0];
        BacktestReport r = VaRBacktest.FromForecasts(var, pnl, 0.05);
        Assert.Equal(1, r.Exceptions);
        Assert.Equal(2, r.FirstFailure);
    }

    [Fact]
    public void Kupiec_ExceptionsAboveObservations_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => CoverageTests.ProportionOfFailures(10, 11, 0.01));
}
