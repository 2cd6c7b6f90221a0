using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Returns;

namespace Bastion.Portfolio.Tests.Returns;

/// <summary>Expected returns against PyPortfolioOpt's <c>expected_returns</c> on the same prices.</summary>
public sealed class ExpectedReturnsTests
{
    private static readonly Fixture s_complete = Fixture.Load("prices_complete");
    private static readonly Fixture s_ragged = Fixture.Load("prices_ragged");

    [Fact]
    public void MeanHistorical_MatchesPyPortfolioOpt()
    {
        ReturnPanel r = s_complete.Returns();
        Fixture.AssertClose(s_complete.Vector("mean_historical_return_compounding"), ExpectedReturns.MeanHistorical(r), 1e-11);
        Fixture.AssertClose(s_complete.Vector("mean_historical_return_arithmetic"), ExpectedReturns.MeanHistorical(r, compounding: false), 1e-11);
    }

    [Fact]
    public void MeanHistorical_RaggedPanel_UsesEachAssetsOwnCount()
    {
        ReturnPanel r = s_ragged.Returns(MissingPolicy.Pairwise);
        Fixture.AssertClose(s_ragged.Vector("mean_historical_return_compounding"), ExpectedReturns.MeanHistorical(r), 1e-11);
        Fixture.AssertClose(s_ragged.Vector("mean_historical_return_arithmetic"), ExpectedReturns.MeanHistorical(r, compounding: false), 1e-11);
    }

    [Fact]
    public void ExponentiallyWeighted_MatchesPyPortfolioOpt()
    {
        ReturnPanel r = s_complete.Returns();
        Fixture.AssertClose(s_complete.Vector("ema_historical_return_compounding"), ExpectedReturns.ExponentiallyWeighted(r, 500), 1e-10);
        Fixture.AssertClose(s_complete.Vector("ema_historical_return_arithmetic"), ExpectedReturns.ExponentiallyWeighted(r, 500, compounding: false), 1e-10);
    }

    [Fact]
    public void Capm_EqualWeightMarket_MatchesPyPortfolioOpt()
    {
        ReturnPanel r = s_complete.Returns();
        Fixture.AssertClose(s_complete.Vector("capm_return"), ExpectedReturns.Capm(r, riskFreeRate: 0.02), 1e-10);
    }

    [Fact]
    public void Capm_MarketOfWrongLength_Throws()
    {
        ReturnPanel r = s_complete.Returns();
        var ex = Assert.Throws<ArgumentException>(() => ExpectedReturns.Capm(r, 0.0, new double[3]));
        Assert.Equal("marketReturns", ex.ParamName);
    }
}
