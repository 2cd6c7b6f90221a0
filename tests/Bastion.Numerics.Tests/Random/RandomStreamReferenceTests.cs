using System.Globalization;
using Bastion.Numerics.Random;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.Random;

/// <summary>RandomStream bit for bit against the C reference (tools/fixtures/stats/xoshiro_reference.c).</summary>
public sealed class RandomStreamReferenceTests
{
    private static ulong Hex(string s) => ulong.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [Fact]
    public void NextUInt64_MatchesReferenceC_ForEverySeed()
    {
        int checkedLines = 0;
        foreach (string[] row in Fixture.Rows("xoshiro256starstar.txt"))
        {
            ulong seed = Hex(row[1]);
            ulong[] expected = row.Skip(2).Select(Hex).ToArray();
            var stream = new RandomStream(seed);
            switch (row[0])
            {
                case "next":
                    break;
                case "skip1000":
                    for (int i = 0; i < 1000; i++)
                    {
                        stream.NextUInt64();
                    }

                    break;
                case "jump":
                    stream.Split();
                    break;
                case "jump2":
                    stream.Split();
                    stream.Split();
                    break;
                default:
                    continue;
            }

            foreach (ulong e in expected)
            {
                Assert.Equal(e, stream.NextUInt64());
            }

            checkedLines++;
        }

        Assert.Equal(20, checkedLines);
    }

    [Fact]
    public void Split_ChildStartsWhereParentStood()
    {
        var a = new RandomStream(42);
        var b = new RandomStream(42);
        var child = a.Split();
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(b.NextUInt64(), child.NextUInt64());
        }
    }

    [Fact]
    public void NextDouble_IsTopFiftyThreeBits()
    {
        var a = new RandomStream(7);
        var b = new RandomStream(7);
        for (int i = 0; i < 1000; i++)
        {
            double d = a.NextDouble();
            Assert.Equal((b.NextUInt64() >> 11) / 9007199254740992.0, d);
            Assert.InRange(d, 0.0, 1.0 - 1e-17);
        }
    }

    [Fact]
    public void NextInt_IsUnbiasedAndInRange()
    {
        var s = new RandomStream(1);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++)
        {
            counts[s.NextInt(7)]++;
        }

        // Chi-square with 6 dof: 99.99% critical value is 27.9.
        double chi = counts.Sum(c => (c - 10_000.0) * (c - 10_000.0) / 10_000.0);
        Assert.True(chi < 27.9, $"chi-square {chi}");
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextInt(0));
    }
}
