using Bastion.Numerics.Distributions;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Numerics.Tests.Distributions;

public sealed class DistributionPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void NormalInverse_RoundTripsThroughCdf()
    {
        var probabilities = Gen.Choose(1, 1_000_000).Select(i => i / 1_000_001.0).ToArbitrary();
        Check.One(Quick, Prop.ForAll(probabilities, p =>
        {
            double back = Normal.Cdf(Normal.InverseCdf(p));
            return Math.Abs(back - p) <= 4e-16 * Math.Max(1.0, p / (1.0 - p)) + (2e-15 * p);
        }));
    }

    [Fact]
    public void StudentTInverse_RoundTripsThroughCdf()
    {
        var cases = Gen.Choose(1, 999).SelectMany(i => Gen.Choose(1, 400).Select(j => (p: i / 1000.0, nu: j / 8.0))).ToArbitrary();
        Check.One(Quick, Prop.ForAll(cases, c => Math.Abs(StudentT.Cdf(StudentT.InverseCdf(c.p, c.nu), c.nu) - c.p) <= 1e-13));
    }

    [Fact]
    public void ChiSquaredCdfAndSurvival_SumToOne()
    {
        var cases = Gen.Choose(1, 2000).SelectMany(i => Gen.Choose(1, 400).Select(j => (x: i / 20.0, k: j / 4.0))).ToArbitrary();
        Check.One(Quick, Prop.ForAll(cases, c => Math.Abs(ChiSquared.Cdf(c.x, c.k) + ChiSquared.Survival(c.x, c.k) - 1.0) <= 1e-14));
    }

    [Fact]
    public void Guards_RejectBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>("p", () => Normal.InverseCdf(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => Normal.InverseCdf(1.5));
        Assert.Throws<ArgumentOutOfRangeException>("degreesOfFreedom", () => StudentT.Cdf(0.0, 0.0));
        Assert.Throws<ArgumentOutOfRangeException>("degreesOfFreedom", () => ChiSquared.Survival(1.0, -1.0));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => ChiSquared.InverseCdf(1.0, 3.0));
        Assert.Throws<ArgumentOutOfRangeException>("probability", () => Binomial.Cdf(1, 10, 1.5));
    }

    [Fact]
    public void NormalInverse_Endpoints_AreInfinite()
    {
        Assert.Equal(double.NegativeInfinity, Normal.InverseCdf(0.0));
        Assert.Equal(double.PositiveInfinity, Normal.InverseCdf(1.0));
        Assert.Equal(0.0, Normal.InverseCdf(0.5));
    }
}
