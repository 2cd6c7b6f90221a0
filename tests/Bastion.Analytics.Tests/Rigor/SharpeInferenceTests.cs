using Bastion.Analytics.Rigor;

namespace Bastion.Analytics.Tests.Rigor;

public sealed class SharpeInferenceTests
{
    [Fact]
    public void DeflatedSharpe_PaperNumericalExample_MatchesPublishedFigures()
    {
        // Bailey & López de Prado (2014), "The Deflated Sharpe Ratio", numerical example: N = 100 trials,
        // V[SR] = 1/2 annualized (1/2/250 per day), T = 1250 daily observations, SR = 2.5 annualized, skewness −3,
        // kurtosis 10. The paper reports SR₀ ≈ 0.1132 (per day) and DSR ≈ 0.9004.
        DeflatedSharpe d = SharpeInference.DeflatedSharpeRatio(2.5 / Math.Sqrt(250), 1250, -3.0, 10.0, 0.5 / 250, 100);
        Assert.Equal(0.1132, d.ExpectedMaximumSharpe, 4);
        Assert.Equal(0.9004, d.Probability, 4);

        // Same example against SciPy (make_fixtures.py), to full precision.
        var paper = FixtureData.Expected.GetProperty("paperDsrExample");
        Assert.Equal(paper.GetProperty("expectedMaxSharpe").GetDouble(), d.ExpectedMaximumSharpe, 12);
        Assert.Equal(paper.GetProperty("dsr").GetDouble(), d.Probability, 10);
    }

    [Theory]
    [InlineData("ORCL")]
    [InlineData("NVDA")]
    public void Psr_RealReturns_MatchesScipy(string name)
    {
        double sr = FixtureData.Get(name, "perPeriodSharpe");
        int n = (int)FixtureData.Get(name, "observations");
        double skew = FixtureData.Get(name, "skewness");
        double kurt = FixtureData.Get(name, "rawKurtosis");
        Assert.Equal(FixtureData.Get(name, "psr0"), SharpeInference.ProbabilisticSharpeRatio(sr, 0.0, n, skew, kurt), 12);
        Assert.Equal(FixtureData.Get(name, "psrHalfAnnual"), SharpeInference.ProbabilisticSharpeRatio(sr, 0.5 / Math.Sqrt(252), n, skew, kurt), 12);
        double expectedTrl = FixtureData.Get(name, "minTrl95");
        Assert.Equal(expectedTrl, SharpeInference.MinimumTrackRecordLength(sr, 0.0, skew, kurt, 0.95), 1e-9 * expectedTrl);
    }

    [Fact]
    public void Psr_FromSeries_UsesSampleSharpeAndBiasedMoments()
    {
        var r = FixtureData.Returns("ORCL");
        SharpeStatistics s = SharpeStatistics.Of(r.Values);
        Assert.Equal(FixtureData.Get("ORCL", "perPeriodSharpe"), s.Sharpe, 14);
        Assert.Equal(FixtureData.Get("ORCL", "skewness"), s.Skewness, 12);
        Assert.Equal(FixtureData.Get("ORCL", "rawKurtosis"), s.Kurtosis, 11);
    }

    [Fact]
    public void Dsr_TrialFile_MatchesScipy()
    {
        double[] trials = FixtureData.TrialSharpes();
        var expected = FixtureData.Expected.GetProperty("deflated");
        DeflatedSharpe d = SharpeInference.DeflatedSharpeRatio(
            FixtureData.Get("ORCL", "perPeriodSharpe"), (int)FixtureData.Get("ORCL", "observations"),
            FixtureData.Get("ORCL", "skewness"), FixtureData.Get("ORCL", "rawKurtosis"), trials);
        Assert.Equal(expected.GetProperty("trials").GetInt32(), d.Trials);
        Assert.Equal(expected.GetProperty("trialVariance").GetDouble(), d.TrialVariance, 15);
        Assert.Equal(expected.GetProperty("expectedMaxSharpe").GetDouble(), d.ExpectedMaximumSharpe, 13);
        Assert.Equal(expected.GetProperty("dsrOrcl").GetDouble(), d.Probability, 11);
    }

    [Fact]
    public void MinTrl_PsrAtThatLength_EqualsConfidence()
    {
        // By construction PSR(SR*) evaluated at n = MinTRL equals the confidence level.
        double trl = SharpeInference.MinimumTrackRecordLength(0.08, 0.02, -0.5, 6.0, 0.9);
        double psr = Normal(0.08, 0.02, trl, -0.5, 6.0);
        Assert.Equal(0.9, psr, 12);
    }

    [Fact]
    public void MinTrl_SharpeBelowThreshold_IsNaN()
        => Assert.True(double.IsNaN(SharpeInference.MinimumTrackRecordLength(0.01, 0.02, 0, 3)));

    [Fact]
    public void Psr_NormalReturnsAtThreshold_IsOneHalf()
        => Assert.Equal(0.5, SharpeInference.ProbabilisticSharpeRatio(0.1, 0.1, 500, 0, 3), 15);

    [Fact]
    public void Psr_BadKurtosis_ThrowsNamingArgument()
        => Assert.Equal("kurtosis", Assert.Throws<ArgumentOutOfRangeException>(() => SharpeInference.ProbabilisticSharpeRatio(0.1, 0, 10, 0, -1)).ParamName);

    // PSR with a real-valued n, to check MinTRL's inversion.
    private static double Normal(double sr, double sr0, double n, double skew, double kurt)
        => Bastion.Numerics.Distributions.Normal.Cdf((sr - sr0) * Math.Sqrt(n - 1) / Math.Sqrt(1 - (skew * sr) + ((kurt - 1) / 4 * sr * sr)));
}
