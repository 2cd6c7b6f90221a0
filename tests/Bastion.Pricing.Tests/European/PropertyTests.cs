using Bastion.Pricing.European;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Pricing.Tests.European;

/// <summary>No-arbitrage invariants over random inputs.</summary>
public sealed class PropertyTests
{
    private static readonly Arbitrary<(double S, double K, double R, double Q, double V, double T)> s_inputs =
        (from s in Gen.Choose(10, 500)
         from k in Gen.Choose(10, 500)
         from r in Gen.Choose(-2, 10)
         from q in Gen.Choose(0, 8)
         from v in Gen.Choose(5, 150)
         from t in Gen.Choose(1, 3650)
         select ((double)s, (double)k, r / 100.0, q / 100.0, v / 100.0, t / 365.0)).ToArbitrary();

    private static readonly Bastion.Pricing.American.BinomialTree s_tree = new(Bastion.Pricing.American.BinomialTreeKind.CoxRossRubinstein, 101);

    [Fact]
    public void PutCallParity_Holds()
        => Prop.ForAll(s_inputs, x =>
        {
            double c = BlackScholesMerton.Price(OptionType.Call, x.S, x.K, x.R, x.Q, x.V, x.T);
            double p = BlackScholesMerton.Price(OptionType.Put, x.S, x.K, x.R, x.Q, x.V, x.T);
            double parity = (x.S * Math.Exp(-x.Q * x.T)) - (x.K * Math.Exp(-x.R * x.T));
            return Math.Abs(c - p - parity) <= 1e-12 * Math.Max(x.S, x.K);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Price_IsMonotoneInStrikeAndVolatility()
        => Prop.ForAll(s_inputs, x =>
        {
            double c = BlackScholesMerton.Price(OptionType.Call, x.S, x.K, x.R, x.Q, x.V, x.T);
            double cHigherK = BlackScholesMerton.Price(OptionType.Call, x.S, x.K * 1.01, x.R, x.Q, x.V, x.T);
            double p = BlackScholesMerton.Price(OptionType.Put, x.S, x.K, x.R, x.Q, x.V, x.T);
            double pHigherK = BlackScholesMerton.Price(OptionType.Put, x.S, x.K * 1.01, x.R, x.Q, x.V, x.T);
            double cHigherVol = BlackScholesMerton.Price(OptionType.Call, x.S, x.K, x.R, x.Q, x.V + 0.01, x.T);
            double slack = 1e-13 * Math.Max(x.S, x.K);
            return cHigherK <= c + slack && pHigherK >= p - slack && cHigherVol >= c - slack;
        }).QuickCheckThrowOnFailure();

    // BAW and BjS are derived for r > 0 (QuantLib's engines make the same assumption); negative rates go to the trees.
    // Neither approximation is guaranteed to stay above the European value (BjS 1993 is a lower bound, BAW's quadratic
    // can undershoot for deep in-the-money or low-volatility long-dated puts, as QuantLib's engines do for the same
    // inputs). For q ≤ r and moneyness 0.5..2 both respect the intrinsic floor; with q > r we observed in-the-money
    // puts priced under intrinsic (the implementations match QuantLib's engines to 1e-8 on the fixture grid, which
    // includes q > r). On one tree, American exercise dominates European.
    [Fact]
    public void AmericanValues_AreAtLeastIntrinsic_AndTreeAtLeastEuropean()
        => Prop.ForAll(s_inputs.Generator.Where(x => x.R > 0 && x.Q <= x.R && x.K / x.S is > 0.5 and < 2.0).ToArbitrary(), x =>
        {
            double baw = Bastion.Pricing.American.BaroneAdesiWhaley.Price(OptionType.Put, x.S, x.K, x.R, x.Q, x.V, x.T);
            double bjs;
            try
            {
                bjs = Bastion.Pricing.American.BjerksundStensland.Price(OptionType.Put, x.S, x.K, x.R, x.Q, x.V, x.T);
            }
            catch (ArgumentException)
            {
                bjs = double.PositiveInfinity; // not applicable (QuantLib throws too): nothing to check
            }

            double tree = s_tree.Price(OptionType.Put, Bastion.Pricing.American.ExerciseStyle.American, x.S, x.K, x.R, x.Q, x.V, x.T);
            double treeEuropean = s_tree.Price(OptionType.Put, Bastion.Pricing.American.ExerciseStyle.European, x.S, x.K, x.R, x.Q, x.V, x.T);
            double slack = 1e-9 * Math.Max(x.S, x.K);
            double intrinsic = Math.Max(x.K - x.S, 0);
            return baw >= intrinsic - slack && bjs >= intrinsic - slack && tree >= intrinsic - slack && tree >= treeEuropean - slack;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Guards_RejectNonPositiveInputs_NamingTheArgument()
    {
        Assert.Equal("spot", Assert.Throws<ArgumentOutOfRangeException>(() => BlackScholesMerton.Price(OptionType.Call, 0, 100, 0, 0, 0.2, 1)).ParamName);
        Assert.Equal("volatility", Assert.Throws<ArgumentOutOfRangeException>(() => BlackScholesMerton.Price(OptionType.Call, 100, 100, 0, 0, -0.2, 1)).ParamName);
        Assert.Equal("expiry", Assert.Throws<ArgumentOutOfRangeException>(() => Black76.Price(OptionType.Call, 100, 100, 0, 0.2, 0)).ParamName);
    }
}
