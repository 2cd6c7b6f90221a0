using Bastion.Numerics.Statistics;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.Statistics;

/// <summary>Weighted moments against numpy.average / numpy.cov(fweights|aweights) (gen_statistics.py).</summary>
public sealed class WeightedMomentsTests
{
    [Fact]
    public void WeightedMeanAndVariance_MatchNumPy()
    {
        foreach (string[] row in Fixture.Rows("weighted.csv"))
        {
            double[] x = Fixture.Vector(row[1]);
            double[] w = Fixture.Vector(row[2]);
            Assert.True(Fixture.RelErr(WeightedMoments.Mean(x, w), Fixture.D(row[3])) < 1e-13, row[0] + " mean");
            if (row[4] != "nan")
            {
                Assert.True(Fixture.RelErr(WeightedMoments.Variance(x, w, WeightKind.Frequency), Fixture.D(row[4])) < 1e-13, row[0] + " fweights");
            }

            Assert.True(Fixture.RelErr(WeightedMoments.Variance(x, w, WeightKind.Reliability), Fixture.D(row[5])) < 1e-13, row[0] + " aweights");
            Assert.True(Fixture.RelErr(WeightedMoments.Variance(x, w, WeightKind.Reliability, VarianceEstimator.Population), Fixture.D(row[6])) < 1e-13, row[0] + " population");
        }
    }

    [Fact]
    public void UnitWeights_ReduceToUnweightedMoments()
    {
        double[] x = [0.01, -0.02, 0.03, 0.005, -0.011];
        double[] ones = [1, 1, 1, 1, 1];
        Assert.Equal(Moments.Variance(x), WeightedMoments.Variance(x, ones, WeightKind.Frequency), 1e-17);
        Assert.Equal(Moments.Variance(x), WeightedMoments.Variance(x, ones, WeightKind.Reliability), 1e-17);
        Assert.Equal(5.0, WeightedMoments.EffectiveSampleSize(ones), 1e-12);
    }

    [Fact]
    public void BadWeights_ThrowNamingArgument()
    {
        Assert.Throws<ArgumentException>("weights", () => WeightedMoments.Mean([1.0, 2.0], [1.0]));
        Assert.Throws<ArgumentException>("weights", () => WeightedMoments.Mean([1.0, 2.0], [1.0, -1.0]));
        Assert.Throws<ArgumentException>("weights", () => WeightedMoments.Mean([1.0, 2.0], [0.0, 0.0]));
        Assert.Throws<ArgumentException>("values", () => WeightedMoments.Mean([double.NaN], [1.0]));
        Assert.Throws<ArgumentException>("weights", () => WeightedMoments.Variance([1.0, 2.0], [1.0, 0.0], WeightKind.Reliability));
    }
}
