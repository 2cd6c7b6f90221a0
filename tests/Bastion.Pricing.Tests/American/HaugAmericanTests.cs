using Bastion.Pricing.American;

namespace Bastion.Pricing.Tests.American;

/// <summary>The published BAW table and BjS examples QuantLib's test-suite uses (see Fixtures/haug_american.csv).</summary>
public sealed class HaugAmericanTests
{
    [Fact]
    public void Approximations_MatchPublishedValues()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("haug_american.csv"))
        {
            double value = f.Text("model") == "baw"
                ? BaroneAdesiWhaley.Price(f.Type, f["spot"], f["strike"], f["r"], f["q"], f["vol"], f["t"])
                : BjerksundStensland.Price(f.Type, f["spot"], f["strike"], f["r"], f["q"], f["vol"], f["t"]);
            Close.Assert(f["value"], value, 0, f["tolerance"], f.ToString());
            rows++;
        }

        Assert.Equal(39, rows);
    }

    [Fact]
    public void EarlyExercisePremium_IsPositiveForPutsAndZeroForCallsWithoutDividends()
    {
        Assert.True(BaroneAdesiWhaley.EarlyExercisePremium(OptionType.Put, 100, 100, 0.08, 0.0, 0.25, 1.0) > 0.1);
        Assert.True(BjerksundStensland.EarlyExercisePremium(OptionType.Put, 100, 100, 0.08, 0.0, 0.25, 1.0) > 0.1);
        Assert.Equal(0.0, BaroneAdesiWhaley.EarlyExercisePremium(OptionType.Call, 100, 100, 0.08, 0.0, 0.25, 1.0), 12);
        Assert.Equal(0.0, BjerksundStensland.EarlyExercisePremium(OptionType.Call, 100, 100, 0.08, 0.0, 0.25, 1.0), 12);
    }

    [Fact]
    public void Tree_EuropeanExercise_ConvergesToBlackScholes()
    {
        var tree = new BinomialTree(BinomialTreeKind.LeisenReimer, 801);
        double bs = Bastion.Pricing.European.BlackScholesMerton.Price(OptionType.Put, 100, 110, 0.05, 0.02, 0.3, 1.0);
        double lr = tree.Price(OptionType.Put, ExerciseStyle.European, 100, 110, 0.05, 0.02, 0.3, 1.0);
        Assert.Equal(bs, lr, 5);
    }

    [Fact]
    public void Tree_BumpedVegaAndRho_MatchAnalyticForEuropeanExercise()
    {
        var tree = new BinomialTree(BinomialTreeKind.LeisenReimer, 801);
        TreeValuation v = tree.Value(OptionType.Call, ExerciseStyle.European, 100, 95, 0.04, 0.01, 0.25, 0.75, bumpVegaAndRho: true);
        OptionGreeks g = Bastion.Pricing.European.BlackScholesMerton.Greeks(OptionType.Call, 100, 95, 0.04, 0.01, 0.25, 0.75);
        Assert.Equal(g.VegaPerUnitVol, v.VegaPerUnitVol, 3);
        Assert.Equal(g.RhoPerUnitRate, v.RhoPerUnitRate, 3);
        Assert.Equal(g.Delta, v.Delta, 3); // the tree delta is a step-1 difference quotient
    }

    [Fact]
    public void AmericanImpliedVolatility_RecoversTreeVolatility()
    {
        var tree = new BinomialTree(BinomialTreeKind.CoxRossRubinstein, 201);
        double price = tree.Price(OptionType.Put, ExerciseStyle.American, 100, 110, 0.06, 0.0, 0.37, 0.5);
        var iv = Bastion.Pricing.Volatility.AmericanImpliedVolatility.Solve(tree, OptionType.Put, price, 100, 110, 0.06, 0.0, 0.5);
        Assert.True(iv.IsSolved, iv.Reason);
        Assert.Equal(0.37, iv.Volatility, 9);

        var below = Bastion.Pricing.Volatility.AmericanImpliedVolatility.Solve(tree, OptionType.Put, 9.5, 100, 110, 0.06, 0.0, 0.5);
        Assert.Equal(Bastion.Pricing.Volatility.ImpliedVolatilityStatus.BelowIntrinsic, below.Status);
    }
}
