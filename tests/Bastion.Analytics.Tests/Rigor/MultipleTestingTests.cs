using System.Text.Json;
using Bastion.Analytics.Rigor;

namespace Bastion.Analytics.Tests.Rigor;

public sealed class MultipleTestingTests
{
    public static TheoryData<string, MultipleTestingMethod> Methods() => new()
    {
        { "bonferroni", MultipleTestingMethod.Bonferroni },
        { "holm", MultipleTestingMethod.Holm },
        { "benjaminiHochberg", MultipleTestingMethod.BenjaminiHochberg },
        { "benjaminiHochbergYekutieli", MultipleTestingMethod.BenjaminiHochbergYekutieli },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Adjust_TrialPValues_MatchesStatsmodels(string key, MultipleTestingMethod method)
    {
        JsonElement mt = FixtureData.Expected.GetProperty("multipleTesting");
        double[] p = [.. mt.GetProperty("pValues").EnumerateArray().Select(x => x.GetDouble())];
        double[] expected = [.. mt.GetProperty(key).EnumerateArray().Select(x => x.GetDouble())];
        double[] actual = MultipleTesting.Adjust(p, method);
        for (int i = 0; i < p.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * Math.Max(expected[i], 1e-300) + 1e-300, $"{key}[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Haircut_FirstTrialAmongAll_MatchesScipy(string key, MultipleTestingMethod method)
    {
        JsonElement mt = FixtureData.Expected.GetProperty("multipleTesting");
        double[] sr = [.. mt.GetProperty("annualSharpes").EnumerateArray().Select(x => x.GetDouble())];
        int t = mt.GetProperty("observations").GetInt32();
        Haircut h = HaircutSharpe.Compute(sr[0], t, 252, sr.AsSpan(1), method);
        JsonElement e = mt.GetProperty(key + "Haircut0");
        Assert.Equal(e.GetProperty("haircutSharpe").GetDouble(), h.HaircutSharpe, 9);
        Assert.Equal(e.GetProperty("reduction").GetDouble(), h.Reduction, 9);
        Assert.Equal(mt.GetProperty("pValues")[0].GetDouble(), h.PValue, 14);
    }

    [Fact]
    public void Haircut_BonferroniWithCount_EqualsFullList()
    {
        Haircut a = HaircutSharpe.Bonferroni(1.0, 120, 12, 10);
        Haircut b = HaircutSharpe.Compute(1.0, 120, 12, new double[9], MultipleTestingMethod.Bonferroni);
        Assert.Equal(a.AdjustedPValue, b.AdjustedPValue, 15);
        // Hand check: t = 1·√10 = 3.1623, p = 2Φ(−3.1623) = 0.0015654, ×10 = 0.015654
        Assert.Equal(0.0015654, a.PValue, 6);
        Assert.Equal(0.015654, a.AdjustedPValue, 5);
        Assert.InRange(a.Reduction, 0.0, 1.0);
    }

    [Fact]
    public void Adjust_HandExample_Holm()
    {
        // p = [0.01, 0.04, 0.03], m = 3. Sorted 0.01, 0.03, 0.04 → 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 → max(0.06, 0.04) = 0.06
        Assert.Equal([0.03, 0.06, 0.06], MultipleTesting.Adjust([0.01, 0.04, 0.03], MultipleTestingMethod.Holm), new Tolerance());
        // BH: 0.04·3/3 = 0.04, 0.03·3/2 = 0.045 → min from top: 0.04, 0.04; 0.01·3 = 0.03
        Assert.Equal([0.03, 0.04, 0.04], MultipleTesting.Adjust([0.01, 0.04, 0.03], MultipleTestingMethod.BenjaminiHochberg), new Tolerance());
    }

    [Fact]
    public void Adjust_PValueOutOfRange_Throws()
        => Assert.Throws<ArgumentException>(() => MultipleTesting.Adjust([0.5, 1.5], MultipleTestingMethod.Holm));

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-15;

        public int GetHashCode(double obj) => 0;
    }
}
