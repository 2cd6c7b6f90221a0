using System.Globalization;
using System.Text.Json;
using Bastion.Analytics.Attribution;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Analytics.Tests.Attribution;

public sealed class BrinsonFachlerTests
{
    private static readonly DateTimeOffset s_day0 = new(2020, 1, 31, 0, 0, 0, TimeSpan.Zero);

    private static PairedSectors Sample() => SectorPairing.Pair(
        SectorFile.Read(AttributionFixture.PathOf("portfolio_sectors.csv")), "portfolio_sectors.csv",
        SectorFile.Read(AttributionFixture.PathOf("benchmark_sectors.csv")), "benchmark_sectors.csv");

    [Fact]
    public void SinglePeriod_SampleMonths_MatchNumPyEffects()
    {
        JsonElement periods = AttributionFixture.Expected.GetProperty("brinson").GetProperty("periods");
        PairedSectors paired = Sample();
        Assert.Equal(periods.GetArrayLength(), paired.Periods.Count);
        for (int t = 0; t < paired.Periods.Count; t++)
        {
            JsonElement e = periods[t];
            BrinsonPeriodResult r = BrinsonFachler.SinglePeriod(paired.Periods[t]);
            Assert.Equal(e.GetProperty("date").GetString(), r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(e.GetProperty("portfolioReturn").GetDouble(), r.PortfolioReturn, 14);
            Assert.Equal(e.GetProperty("benchmarkReturn").GetDouble(), r.BenchmarkReturn, 14);
            JsonElement sectors = e.GetProperty("sectors");
            Assert.Equal(sectors.EnumerateObject().Count(), r.Sectors.Count);
            foreach (AttributionEffects s in r.Sectors)
            {
                double[] x = AttributionFixture.Doubles(sectors.GetProperty(s.Sector));
                Assert.Equal(x[0], s.Allocation, 14);
                Assert.Equal(x[1], s.Selection, 14);
                Assert.Equal(x[2], s.Interaction, 14);
            }
        }
    }

    [Theory]
    [InlineData(LinkingMethod.Carino, "carino")]
    [InlineData(LinkingMethod.Menchero, "menchero")]
    public void Compute_SampleYear_LinkedEffectsMatchNumPy(LinkingMethod method, string key)
    {
        JsonElement b = AttributionFixture.Expected.GetProperty("brinson");
        JsonElement linked = b.GetProperty("linked").GetProperty(key);
        BrinsonResult r = BrinsonFachler.Compute(Sample().Periods, method);
        Assert.Equal(b.GetProperty("portfolioReturn").GetDouble(), r.PortfolioReturn, 13);
        Assert.Equal(b.GetProperty("benchmarkReturn").GetDouble(), r.BenchmarkReturn, 13);
        double[] c = AttributionFixture.Doubles(linked.GetProperty("coefficients"));
        for (int t = 0; t < c.Length; t++)
        {
            // NumPy's ln(1+R) − ln(1+B) loses ~1e-13 to cancellation; Bastion uses log1p.
            Assert.Equal(c[t], r.LinkingCoefficients[t], 1e-11);
        }

        foreach (AttributionEffects s in r.Sectors)
        {
            double[] x = AttributionFixture.Doubles(linked.GetProperty("sectors").GetProperty(s.Sector));
            Assert.Equal(x[0], s.Allocation, 1e-12);
            Assert.Equal(x[1], s.Selection, 1e-12);
            Assert.Equal(x[2], s.Interaction, 1e-12);
        }

        Assert.Equal(r.ActiveReturn, r.Total.Total, 13);
    }

    [Fact]
    public void SinglePeriod_AnyWeightsAndReturns_EffectsSumToActiveReturn()
    {
        Prop.ForAll(Periods(1).ToArbitrary(), (BrinsonPeriod[] p) =>
        {
            BrinsonPeriodResult r = BrinsonFachler.SinglePeriod(p[0]);
            return Math.Abs(r.Total.Total - r.ActiveReturn) < 1e-14;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(LinkingMethod.Carino)]
    [InlineData(LinkingMethod.Menchero)]
    public void Compute_AnyPeriods_LinkedEffectsSumToCompoundedActiveReturn(LinkingMethod method)
    {
        Prop.ForAll(Gen.Choose(1, 24).SelectMany(Periods).ToArbitrary(), (BrinsonPeriod[] p) =>
        {
            BrinsonResult r = BrinsonFachler.Compute(p, method);
            double compounded = p.Aggregate(1.0, (w, x) => w * (1 + x.Sectors.Sum(s => s.PortfolioWeight * s.PortfolioReturn)))
                - p.Aggregate(1.0, (w, x) => w * (1 + x.Sectors.Sum(s => s.BenchmarkWeight * s.BenchmarkReturn)));
            return Math.Abs(r.Total.Total - compounded) < 1e-12 && Math.Abs(r.ActiveReturn - compounded) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SinglePeriod_ZeroActiveWeights_ZeroAllocationAndInteraction()
    {
        Prop.ForAll(Periods(1).ToArbitrary(), (BrinsonPeriod[] p) =>
        {
            var same = p[0] with { Sectors = [.. p[0].Sectors.Select(s => s with { PortfolioWeight = s.BenchmarkWeight })] };
            BrinsonPeriodResult r = BrinsonFachler.SinglePeriod(same);
            return r.Sectors.All(s => s.Allocation == 0.0 && s.Interaction == 0.0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_EqualReturnsEveryPeriod_CoefficientsAreTheLimits()
    {
        // R_p,t = R_b,t: Carino's k_t/k and Menchero's M = (1 + R)^((T−1)/T) use their limits instead of 0/0.
        SectorExposure[] s = [new("A", 0.6, 0.01, 0.5, 0.01), new("B", 0.4, 0.01, 0.5, 0.01)];
        BrinsonPeriod[] p = [new(s_day0, s), new(s_day0.AddMonths(1), s)];
        Assert.All(BrinsonFachler.Compute(p, LinkingMethod.Carino).LinkingCoefficients, c => Assert.Equal(1.0201 / 1.01, c, 12));
        Assert.All(BrinsonFachler.Compute(p, LinkingMethod.Menchero).LinkingCoefficients, c => Assert.Equal(Math.Sqrt(1.0201), c, 12));
    }

    [Fact]
    public void SinglePeriod_WeightsNotSummingToOne_Throws()
    {
        var p = new BrinsonPeriod(s_day0, [new("A", 0.5, 0.01, 1.0, 0.02)]);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => BrinsonFachler.SinglePeriod(p));
        Assert.Contains("weights must sum to 1", ex.Message, StringComparison.Ordinal);
    }

    private static Gen<BrinsonPeriod[]> Periods(int count)
    {
        Gen<double[]> weights = Gen.Choose(1, 1000).ArrayOf(4).Select(w => w.Select(x => x / (double)w.Sum()).ToArray());
        Gen<double[]> returns = Gen.Choose(-300, 300).Select(x => x / 1000.0).ArrayOf(4);
        Gen<BrinsonPeriod> one = Gen.Zip(Gen.Zip(weights, weights), Gen.Zip(returns, returns)).Select(t =>
            new BrinsonPeriod(s_day0, [.. Enumerable.Range(0, 4).Select(i => new SectorExposure("S" + i, t.Item1.Item1[i], t.Item2.Item1[i], t.Item1.Item2[i], t.Item2.Item2[i]))]));
        return one.ArrayOf(count).Select(a => a.Select((p, i) => p with { Date = s_day0.AddMonths(i) }).ToArray());
    }
}
