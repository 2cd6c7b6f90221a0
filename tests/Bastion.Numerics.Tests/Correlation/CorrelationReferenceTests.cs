using Bastion.Numerics.Correlation;
using Bastion.Numerics.Statistics;
using Bastion.Numerics.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Numerics.Tests.Correlation;

/// <summary>Ranks and correlations against SciPy/NumPy (tools/fixtures/stats/gen_correlation.py).</summary>
public sealed class CorrelationReferenceTests
{
    [Fact]
    public void Correlations_MatchNumPyAndSciPy()
    {
        foreach (string[] row in Fixture.Rows("correlation.csv"))
        {
            double[] x = Fixture.Vector(row[1]);
            double[] y = Fixture.Vector(row[2]);
            Assert.True(Math.Abs(Correlations.Pearson(x, y) - Fixture.D(row[3])) < 1e-14, row[0] + " pearson");
            Assert.True(Math.Abs(Correlations.Spearman(x, y) - Fixture.D(row[4])) < 1e-14, row[0] + " spearman");
            Assert.True(Math.Abs(Correlations.KendallTauB(x, y) - Fixture.D(row[5])) < 1e-14, row[0] + " kendall");
            Assert.True(Math.Abs(Correlations.Distance(x, y) - Fixture.D(row[6])) < 1e-12, row[0] + " distance");
        }
    }

    [Fact]
    public void CorrelationMatrix_IsSymmetricWithUnitDiagonal_AndMatchesPairwise()
    {
        var rng = new Bastion.Numerics.Random.RandomStream(3);
        var data = new double[50, 3];
        for (int i = 0; i < 50; i++)
        {
            data[i, 0] = rng.NextGaussian();
            data[i, 1] = data[i, 0] + rng.NextGaussian();
            data[i, 2] = rng.NextGaussian();
        }

        foreach (CorrelationMethod m in Enum.GetValues<CorrelationMethod>())
        {
            double[,] c = Correlations.Matrix(data, m);
            double[] c0 = Enumerable.Range(0, 50).Select(i => data[i, 0]).ToArray();
            double[] c1 = Enumerable.Range(0, 50).Select(i => data[i, 1]).ToArray();
            double pair = m switch
            {
                CorrelationMethod.Pearson => Correlations.Pearson(c0, c1),
                CorrelationMethod.Spearman => Correlations.Spearman(c0, c1),
                CorrelationMethod.KendallTauB => Correlations.KendallTauB(c0, c1),
                _ => Correlations.Distance(c0, c1),
            };
            Assert.Equal(pair, c[0, 1], 1e-14);
            Assert.Equal(c[1, 0], c[0, 1]);
            Assert.Equal(1.0, c[2, 2]);
        }
    }

    [Fact]
    public void Correlations_AreWithinUnitInterval()
    {
        var gen = Gen.Choose(2, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(-5, 5).Select(i => (double)i), n)
            .SelectMany(x => Gen.ArrayOf(Gen.Choose(-5, 5).Select(i => (double)i), n).Select(y => (x, y)))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen, c =>
        {
            double[] values = [Correlations.Pearson(c.x, c.y), Correlations.Spearman(c.x, c.y), Correlations.KendallTauB(c.x, c.y)];
            double d = Correlations.Distance(c.x, c.y);
            return values.All(v => double.IsNaN(v) || (v >= -1.0 && v <= 1.0)) && d >= 0.0 && d <= 1.0 + 1e-15;
        }));
    }

    [Fact]
    public void KendallTau_KnightMatchesNaiveCount()
    {
        var gen = Gen.Choose(2, 60).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 6).Select(i => (double)i), n)
            .SelectMany(x => Gen.ArrayOf(Gen.Choose(0, 6).Select(i => (double)i), n).Select(y => (x, y)))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen, c =>
        {
            double naive = NaiveTauB(c.x, c.y);
            double fast = Correlations.KendallTauB(c.x, c.y);
            return (double.IsNaN(naive) && double.IsNaN(fast)) || Math.Abs(naive - fast) < 1e-12;
        }));
    }

    [Fact]
    public void Ranks_AllTieMethods_MatchSciPyRankdata()
    {
        var names = new Dictionary<string, RankTieMethod>
        {
            ["average"] = RankTieMethod.Average, ["min"] = RankTieMethod.Min, ["max"] = RankTieMethod.Max,
            ["dense"] = RankTieMethod.Dense, ["ordinal"] = RankTieMethod.Ordinal,
        };
        foreach (string[] row in Fixture.Rows("ranks.csv"))
        {
            Assert.Equal(Fixture.Vector(row[3]), Ranks.Of(Fixture.Vector(row[2]), names[row[1]]));
        }
    }

    [Fact]
    public void BadInput_ThrowsNamingArgument()
    {
        Assert.Throws<ArgumentException>("y", () => Correlations.Pearson([1.0, 2.0], [1.0, 2.0, 3.0]));
        Assert.Throws<ArgumentException>("x", () => Correlations.KendallTauB([1.0, double.NaN], [1.0, 2.0]));
        Assert.Throws<ArgumentException>("x", () => Correlations.Spearman([1.0], [1.0]));
        Assert.Throws<ArgumentException>("values", () => Ranks.Of([]));
        Assert.True(double.IsNaN(Correlations.Pearson([1.0, 1.0, 1.0], [1.0, 2.0, 3.0])));
    }

    private static double NaiveTauB(double[] x, double[] y)
    {
        double concordant = 0, discordant = 0, tx = 0, ty = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                double s = Math.Sign(x[i] - x[j]) * Math.Sign(y[i] - y[j]);
                if (s > 0)
                {
                    concordant++;
                }
                else if (s < 0)
                {
                    discordant++;
                }
                else if (x[i] == x[j] && y[i] != y[j])
                {
                    tx++;
                }
                else if (y[i] == y[j] && x[i] != x[j])
                {
                    ty++;
                }
            }
        }

        double d = Math.Sqrt((concordant + discordant + tx) * (concordant + discordant + ty));
        return d == 0 ? double.NaN : (concordant - discordant) / d;
    }
}
