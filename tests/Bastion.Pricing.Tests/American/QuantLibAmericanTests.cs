using Bastion.Pricing.American;
using Bastion.Pricing.European;

namespace Bastion.Pricing.Tests.American;

/// <summary>Trees and approximations against QuantLib 1.29 (tools/fixtures/pricing/reference.cpp).</summary>
public sealed class QuantLibAmericanTests
{
    [Theory]
    [InlineData("crr", BinomialTreeKind.CoxRossRubinstein)]
    [InlineData("jr", BinomialTreeKind.JarrowRudd)]
    [InlineData("lr", BinomialTreeKind.LeisenReimer)]
    public void BinomialTree_MatchesQuantLibBinomialVanillaEngine(string name, BinomialTreeKind kind)
    {
        var trees = new Dictionary<int, BinomialTree>();
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("american_trees.csv").Where(f => f.Text("tree") == name))
        {
            int steps = (int)f["steps"];
            if (!trees.TryGetValue(steps, out BinomialTree? tree))
            {
                tree = new BinomialTree(kind, steps);
                trees[steps] = tree;
            }

            TreeValuation v = tree.Value(f.Type, ExerciseStyle.American, f["spot"], f["strike"], f["rate"], f["dividend"], f["vol"], f["t"]);
            string at = f.ToString();
            Close.Assert(f["value"], v.Price, 1e-10, 1e-12, "value " + at);
            Close.Assert(f["delta"], v.Delta, 1e-9, 1e-10, "delta " + at);
            Close.Assert(f["gamma"], v.Gamma, 1e-9, 1e-11, "gamma " + at);
            Close.Assert(f["theta"], v.ThetaPerYear, 1e-9, 1e-9, "theta " + at);
            rows++;
        }

        Assert.Equal(576, rows);
    }

    [Fact]
    public void Approximations_MatchQuantLibEngines()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("american_approx.csv"))
        {
            string at = f.ToString();
            double baw = BaroneAdesiWhaley.Price(f.Type, f["spot"], f["strike"], f["rate"], f["dividend"], f["vol"], f["t"]);
            double bjs = BjerksundStensland.Price(f.Type, f["spot"], f["strike"], f["rate"], f["dividend"], f["vol"], f["t"]);
            Close.Assert(f["baw"], baw, 1e-8, 1e-10, "BAW " + at);
            Close.Assert(f["bjerksundStensland"], bjs, 1e-8, 1e-10, "BjS " + at);
            rows++;
        }

        Assert.Equal(288, rows);
    }
}
