using Bastion.Numerics.Statistics;
using Bastion.Numerics.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Numerics.Tests.Statistics;

/// <summary>Moments and quantiles against NumPy/SciPy (tools/fixtures/stats/gen_statistics.py).</summary>
public sealed class MomentsAndQuantilesTests
{
    [Fact]
    public void Moments_AllEstimators_MatchNumPyAndSciPy()
    {
        foreach (string[] row in Fixture.Rows("moments.csv"))
        {
            double[] x = Fixture.Vector(row[1]);
            double scale = Math.Abs(Fixture.D(row[2]));
            Assert.True(Fixture.RelErr(Moments.Mean(x), Fixture.D(row[2])) < 1e-15, row[0] + " mean");
            Assert.True(Fixture.RelErr(Moments.Variance(x), Fixture.D(row[3])) < 1e-13, row[0] + " sample variance");
            Assert.True(Fixture.RelErr(Moments.Variance(x, VarianceEstimator.Population), Fixture.D(row[4])) < 1e-13, row[0] + " population variance");
            Assert.True(Fixture.RelErr(Moments.StandardDeviation(x), Math.Sqrt(Fixture.D(row[3]))) < 1e-13, row[0] + " std");

            // Skewness/kurtosis of data with a huge mean are ill-conditioned in every tool: compare absolutely there.
            double tol = scale > 1e6 ? 1e-5 : 1e-12;
            Assert.True(Math.Abs(Moments.Skewness(x) - Fixture.D(row[5])) < tol, row[0] + " skew");
            Assert.True(Math.Abs(Moments.Skewness(x, MomentEstimator.SampleAdjusted) - Fixture.D(row[6])) < tol, row[0] + " skew adj");
            Assert.True(Math.Abs(Moments.ExcessKurtosis(x) - Fixture.D(row[7])) < tol, row[0] + " kurt");
            Assert.True(Math.Abs(Moments.ExcessKurtosis(x, MomentEstimator.SampleAdjusted) - Fixture.D(row[8])) < tol, row[0] + " kurt adj");
        }
    }

    [Fact]
    public void Quantiles_AllThirteenNumPyMethods_MatchNumPyExactly()
    {
        var rows = Fixture.Rows("quantiles.csv").ToList();
        var values = rows.Where(r => r[0] == "values").ToDictionary(r => r[1], r => Fixture.Vector(r[2]));
        var names = new Dictionary<string, QuantileMethod>
        {
            ["linear"] = QuantileMethod.Linear, ["lower"] = QuantileMethod.Lower, ["higher"] = QuantileMethod.Higher,
            ["nearest"] = QuantileMethod.Nearest, ["midpoint"] = QuantileMethod.Midpoint, ["hazen"] = QuantileMethod.Hazen,
            ["weibull"] = QuantileMethod.Weibull, ["median_unbiased"] = QuantileMethod.MedianUnbiased,
            ["normal_unbiased"] = QuantileMethod.NormalUnbiased, ["interpolated_inverted_cdf"] = QuantileMethod.InterpolatedInvertedCdf,
            ["inverted_cdf"] = QuantileMethod.InvertedCdf, ["averaged_inverted_cdf"] = QuantileMethod.AveragedInvertedCdf,
            ["closest_observation"] = QuantileMethod.ClosestObservation,
        };
        var failures = new List<string>();
        foreach (string[] row in rows.Where(r => r[0] != "values"))
        {
            double p = Fixture.D(row[2]);
            double expected = Fixture.D(row[3]);
            double actual = Quantiles.Of(values[row[0]], p, names[row[1]]);
            if (Fixture.RelErr(actual, expected, 1e-300) > 2e-16)
            {
                failures.Add($"{row[0]} {row[1]} p={p}: got {actual:R}, NumPy {expected:R}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Quantile_IsMonotoneInProbability_ForEveryMethod()
    {
        var gen = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 7.0)).Where(a => a.Length > 0)
            .SelectMany(a => Gen.Choose(0, 1000).SelectMany(i => Gen.Choose(0, 1000).Select(j => (a, p1: Math.Min(i, j) / 1000.0, p2: Math.Max(i, j) / 1000.0))))
            .ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(gen, c =>
            Enum.GetValues<QuantileMethod>().All(m => Quantiles.Of(c.a, c.p1, m) <= Quantiles.Of(c.a, c.p2, m))));
    }

    [Fact]
    public void Variance_IsNonNegative_AndShiftInvariant()
    {
        var gen = Gen.ArrayOf(Gen.Choose(-100000, 100000).Select(i => i / 1000.0)).Where(a => a.Length > 1).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(gen, a =>
        {
            double v = Moments.Variance(a);
            double shifted = Moments.Variance(a.Select(x => x + 1e6).ToArray());
            return v >= 0.0 && Math.Abs(v - shifted) <= (1e-6 * Math.Max(v, 1.0));
        }));
    }

    [Fact]
    public void Moments_BadInput_ThrowsNamingArgument()
    {
        Assert.Throws<ArgumentException>("values", () => Moments.Mean([]));
        Assert.Throws<ArgumentException>("values", () => Moments.Variance([1.0]));
        Assert.Throws<ArgumentException>("values", () => Moments.Mean([1.0, double.NaN]));
        Assert.Throws<ArgumentException>("values", () => Quantiles.Of([1.0, double.PositiveInfinity], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>("probability", () => Quantiles.Of([1.0, 2.0], 1.5));
        Assert.True(double.IsNaN(Moments.Skewness([2.0, 2.0, 2.0])));
    }
}
