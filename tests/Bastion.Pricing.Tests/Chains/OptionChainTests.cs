using Bastion.Pricing.Chains;
using Bastion.Pricing.European;

namespace Bastion.Pricing.Tests.Chains;

public sealed class OptionChainTests
{
    [Fact]
    public void Build_SolvesSmilePerExpiry_AndReportsBadRowsWithLine()
    {
        var valuation = new DateOnly(2024, 1, 15);
        double t1 = 31 / 365.0;
        double p90 = BlackScholesMerton.Price(OptionType.Put, 100, 90, 0.03, 0.01, 0.30, t1);
        double p110 = BlackScholesMerton.Price(OptionType.Call, 100, 110, 0.03, 0.01, 0.22, t1);
        string csv = string.Join('\n',
            "expiry,strike,type,price,underlying",
            FormattableString.Invariant($"2024-02-15,90,put,{p90:R},"),
            FormattableString.Invariant($"2024-02-15,110,call,{p110:R},100"),
            "2024-02-15,100,straddle,5,",
            "2024-02-15,100,call,200,",
            "2023-12-15,100,call,5,",
            "2024-03-15,100,call,4.5,");
        OptionChainResult result = OptionChain.Build(new StringReader(csv), "chain.csv", valuation, 100, 0.03, 0.01);

        Assert.Equal(2, result.Smiles.Count);
        SmileSlice feb = result.Smiles[0];
        Assert.Equal(2, feb.Points.Count);
        Assert.Equal(0.30, feb.Points[0].ImpliedVolatility, 10);
        Assert.Equal(0.22, feb.Points[1].ImpliedVolatility, 10);
        Assert.True(feb.Points[0].LogMoneyness < 0 && feb.Points[1].LogMoneyness > 0);
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal("chain.csv:4: type 'straddle' is not call or put", result.Errors[0].ToString());
        Assert.Equal(5, result.Errors[1].Line);
        Assert.Contains("upper bound", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(6, result.Errors[2].Line);
    }
}
