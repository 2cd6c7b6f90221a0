using Bastion.Pricing.European;
using Bastion.Pricing.Portfolio;

namespace Bastion.Pricing.Tests.Portfolio;

public sealed class PortfolioGreeksTests
{
    [Fact]
    public void Aggregate_ScalesByQuantityTimesMultiplier_PerUnderlyingAndTotal()
    {
        OptionGreeks call = BlackScholesMerton.Greeks(OptionType.Call, 100, 100, 0.05, 0.0, 0.2, 1.0);
        OptionGreeks put = BlackScholesMerton.Greeks(OptionType.Put, 50, 45, 0.05, 0.0, 0.3, 0.5);
        IReadOnlyList<AggregateGreeks> rows = PortfolioGreeks.Aggregate(
        [
            new OptionPosition("AAA", 100, call, 10, 100),
            new OptionPosition("AAA", 100, call, -4, 100),
            new OptionPosition("BBB", 50, put, 3, 100),
        ]);

        Assert.Equal(3, rows.Count);
        AggregateGreeks aaa = rows[0];
        Assert.Equal("AAA", aaa.Underlying);
        Assert.Equal(600 * call.Delta, aaa.Delta, 10);
        Assert.Equal(600 * call.Delta * 100, aaa.DollarDelta, 8);
        Assert.Equal(600 * 0.5 * call.Gamma * 1.0, aaa.DollarGamma, 10); // (1% of 100)² = 1
        AggregateGreeks total = rows[2];
        Assert.Equal(PortfolioGreeks.Total, total.Underlying);
        Assert.Equal((600 * call.VegaPerUnitVol) + (300 * put.VegaPerUnitVol), total.VegaPerUnitVol, 9);
        Assert.Equal((600 * call.ThetaPerYear) + (300 * put.ThetaPerYear), total.ThetaPerYear, 9);
        Assert.True(double.IsNaN(total.Delta)); // share deltas of different underlyings do not add
        Assert.Equal(aaa.DollarDelta + rows[1].DollarDelta, total.DollarDelta, 8);
    }
}
