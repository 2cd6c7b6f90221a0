using System.Globalization;
using Bastion.Numerics.Random;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.Random;

/// <summary>Polar and ziggurat normals against an independent C implementation (tools/fixtures/stats/normal_reference.c).</summary>
public sealed class NormalSamplerReferenceTests
{
    private static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Polar_MatchesReferenceC()
    {
        var stream = new RandomStream(42);
        foreach (string[] row in Fixture.Rows("normal_draws.txt").Where(r => r[0] == "polar"))
        {
            double expected = Fixture.D(row[2]);
            double actual = stream.NextGaussian();
            Assert.True(Fixture.RelErr(actual, expected) < 1e-14, $"polar draw {row[1]}: {actual:R} vs {expected:R}");
        }
    }

    [Fact]
    public void Ziggurat_MatchesReferenceC_IncludingTailAndWedgeDraws()
    {
        var rows = Fixture.Rows("normal_draws.txt").ToList();
        var expected = rows.Where(r => r[0] == "zig").ToDictionary(r => I(r[1]), r => Fixture.D(r[2]));
        string[] sums = rows.Single(r => r[0] == "zigsum");
        int count = I(sums[1]);
        var stream = new RandomStream(42);
        double sum = 0.0, sum2 = 0.0;
        int matched = 0;
        for (int k = 0; k < count; k++)
        {
            double z = stream.NextGaussianZiggurat();
            sum += z;
            sum2 += z * z;
            if (expected.TryGetValue(k, out double e))
            {
                Assert.True(Fixture.RelErr(z, e) < 1e-14, $"ziggurat draw {k}: {z:R} vs {e:R}");
                matched++;
            }
            else
            {
                Assert.True(Math.Abs(z) <= 3.2, $"draw {k} = {z} is beyond 3.2 but the reference has no such draw");
            }
        }

        Assert.Equal(expected.Count, matched);
        Assert.Equal(Fixture.D(sums[2]), sum, 1e-9);
        Assert.Equal(Fixture.D(sums[3]), sum2, 1e-7);
    }
}
