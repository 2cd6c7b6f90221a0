using System.Reflection;
using Bastion.Numerics.Distributions;
using Bastion.Numerics.Random;

namespace Bastion.Numerics.Tests.Random;

/// <summary>Statistical checks of the variate generators (thresholds are 99.9% critical values: a false alarm is 1 in 1000 per check, fixed seeds make them reproducible).</summary>
public sealed class RandomVariateTests
{
    private static Func<double, double> Internal(string name)
    {
        Type t = typeof(RandomStream).Assembly.GetType("Bastion.Numerics.Random.PortableMath", throwOnError: true)!;
        MethodInfo m = t.GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!;
        return m.CreateDelegate<Func<double, double>>();
    }

    private static long UlpDistance(double a, double b)
        => Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));

    [Fact]
    public void PortableLogAndExp_AgreeWithPlatformWithinOneUlp()
    {
        Func<double, double> log = Internal("Log");
        Func<double, double> exp = Internal("Exp");
        var s = new RandomStream(5);
        for (int i = 0; i < 200_000; i++)
        {
            double u = 1.0 - s.NextDouble();
            double x = Math.Pow(10.0, (s.NextDouble() * 600.0) - 300.0);
            Assert.True(UlpDistance(log(u), Math.Log(u)) <= 1, $"log({u:R})");
            Assert.True(UlpDistance(log(x), Math.Log(x)) <= 1, $"log({x:R})");
            double e = (s.NextDouble() * 1400.0) - 700.0;
            Assert.True(UlpDistance(exp(e), Math.Exp(e)) <= 1, $"exp({e:R})");
        }

        Assert.Equal(double.NegativeInfinity, log(0.0));
        Assert.Equal(0.0, log(1.0));
        Assert.Equal(1.0, exp(0.0));
        Assert.Equal(Math.Log(double.Epsilon), log(double.Epsilon), 1e-12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gaussian_PassesKolmogorovSmirnovAgainstNormalCdf(bool ziggurat)
    {
        var s = new RandomStream(20260101);
        const int N = 200_000;
        var x = new double[N];
        for (int i = 0; i < N; i++)
        {
            x[i] = ziggurat ? s.NextGaussianZiggurat() : s.NextGaussian();
        }

        Array.Sort(x);
        double d = 0.0;
        for (int i = 0; i < N; i++)
        {
            double f = Normal.Cdf(x[i]);
            d = Math.Max(d, Math.Max(f - (i / (double)N), ((i + 1) / (double)N) - f));
        }

        Assert.True(d * Math.Sqrt(N) < 1.95, $"KS statistic {d * Math.Sqrt(N)}");

        // The ziggurat's tail branch: P(|Z| > R) = 2Φ(−R) ≈ 5.76e-4.
        double tailShare = x.Count(v => Math.Abs(v) > 3.442619855899) / (double)N;
        double expected = 2.0 * Normal.Cdf(-3.442619855899);
        Assert.True(Math.Abs(tailShare - expected) < 4.0 * Math.Sqrt(expected / N), $"tail share {tailShare} vs {expected}");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(12.5)]
    public void ChiSquared_HasMeanKAndVarianceTwoK(double k)
    {
        var s = new RandomStream(77);
        const int N = 200_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < N; i++)
        {
            double v = s.NextChiSquared(k);
            Assert.True(v >= 0.0);
            sum += v;
            sum2 += v * v;
        }

        double mean = sum / N;
        double variance = (sum2 / N) - (mean * mean);
        Assert.True(Math.Abs(mean - k) < 3.3 * Math.Sqrt(2 * k / N), $"mean {mean}");
        Assert.True(Math.Abs(variance - (2 * k)) < 0.05 * 2 * k + (3.3 * Math.Sqrt(((12 * k) + (8 * k * k)) * 2 / N)), $"variance {variance}");
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(6.0)]
    public void CorrelatedSampler_ReproducesCovariance(double nu)
    {
        double[,] sigma = { { 0.04, 0.012, -0.006 }, { 0.012, 0.09, 0.0 }, { -0.006, 0.0, 0.01 } };
        double[] mu = [0.01, -0.02, 0.0];
        var sampler = new CorrelatedSampler(sigma, mu);
        var s = new RandomStream(99);
        const int N = 200_000;
        var draw = new double[3];
        var sum = new double[3];
        var cross = new double[3, 3];
        for (int t = 0; t < N; t++)
        {
            if (double.IsPositiveInfinity(nu))
            {
                sampler.NextNormal(s, draw);
            }
            else
            {
                sampler.NextStudentT(s, nu, draw);
            }

            for (int i = 0; i < 3; i++)
            {
                sum[i] += draw[i];
                for (int j = 0; j < 3; j++)
                {
                    cross[i, j] += (draw[i] - mu[i]) * (draw[j] - mu[j]);
                }
            }
        }

        double factor = double.IsPositiveInfinity(nu) ? 1.0 : nu / (nu - 2.0);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs((sum[i] / N) - mu[i]) < 4.0 * Math.Sqrt(sigma[i, i] * factor / N), $"mean {i}");
            for (int j = 0; j < 3; j++)
            {
                double expected = sigma[i, j] * factor;
                double tol = (double.IsPositiveInfinity(nu) ? 4.0 : 12.0) * Math.Sqrt(sigma[i, i] * sigma[j, j]) * factor / Math.Sqrt(N);
                Assert.True(Math.Abs((cross[i, j] / N) - expected) < tol, $"cov[{i},{j}] = {cross[i, j] / N} vs {expected}");
            }
        }
    }

    [Fact]
    public void Split_StreamsDoNotOverlap_AndSeedsReproduce()
    {
        var root = new RandomStream(2026);
        var streams = Enumerable.Range(0, 4).Select(_ => root.Split()).ToArray();
        var seen = new HashSet<ulong>();
        foreach (RandomStream stream in streams)
        {
            for (int i = 0; i < 250_000; i++)
            {
                Assert.True(seen.Add(stream.NextUInt64()), "two streams produced the same 64-bit word");
            }
        }

        var again = new RandomStream(2026).Split();
        var first = new RandomStream(2026).Split();
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(first.NextGaussianZiggurat(), again.NextGaussianZiggurat());
        }
    }

    [Fact]
    public void FillGaussian_IsTheSequenceOfSingleZigguratDraws()
    {
        // 1,000,000 draws cover the wedge (~1.2% of draws) and the tail (~0.03%) slow paths; the stream must end where the singles end.
        var batched = new RandomStream(77);
        var single = new RandomStream(77);
        var buffer = new double[1_000_000];
        batched.FillGaussian(buffer.AsSpan(0, 3));
        batched.FillGaussian(buffer.AsSpan(3));
        int tails = 0;
        for (int i = 0; i < buffer.Length; i++)
        {
            double z = single.NextGaussianZiggurat();
            Assert.Equal(z, buffer[i]);
            tails += Math.Abs(z) > 3.44 ? 1 : 0;
        }

        Assert.True(tails > 50, $"only {tails} tail draws");
        Assert.Equal(single.NextUInt64(), batched.NextUInt64());
    }

    [Fact]
    public void Split_LongRun_NoSharedWordsAcrossEightStreams_WhenStressEnabled()
    {
        if (Environment.GetEnvironmentVariable("BASTION_STRESS") != "1")
        {
            return;
        }

        const int PerStream = 2_000_000;
        var root = new RandomStream(31337);
        var all = new ulong[8 * PerStream];
        for (int s = 0; s < 8; s++)
        {
            RandomStream stream = root.Split();
            for (int i = 0; i < PerStream; i++)
            {
                all[(s * PerStream) + i] = stream.NextUInt64();
            }
        }

        Array.Sort(all);
        for (int i = 1; i < all.Length; i++)
        {
            Assert.NotEqual(all[i - 1], all[i]);
        }
    }

    [Fact]
    public void StationaryBootstrap_HasGeometricBlocksWithRequestedMean()
    {
        var s = new RandomStream(3);
        var idx = new int[200_000];
        BlockBootstrap.Stationary(s, 500, 10.0, idx);
        int blocks = 1;
        for (int t = 1; t < idx.Length; t++)
        {
            Assert.InRange(idx[t], 0, 499);
            if (idx[t] != (idx[t - 1] + 1) % 500)
            {
                blocks++;
            }
        }

        // A restart can land on the continuation index (prob 1/n), so the observed mean is a hair above L.
        double meanLength = idx.Length / (double)blocks;
        Assert.True(Math.Abs(meanLength - 10.0) < 0.3, $"mean block length {meanLength}");
    }

    [Fact]
    public void MovingAndCircularBlocks_AreConsecutiveRunsInRange()
    {
        var s = new RandomStream(4);
        var moving = new int[1003];
        BlockBootstrap.MovingBlock(s, 100, 7, moving);
        for (int t = 0; t < moving.Length; t++)
        {
            Assert.InRange(moving[t], 0, 99);
            if (t % 7 != 0)
            {
                Assert.Equal(moving[t - 1] + 1, moving[t]);
            }
        }

        var circular = new int[70_000];
        BlockBootstrap.CircularBlock(s, 100, 7, circular);
        var counts = new int[100];
        for (int t = 0; t < circular.Length; t++)
        {
            counts[circular[t]]++;
            if (t % 7 != 0)
            {
                Assert.Equal((circular[t - 1] + 1) % 100, circular[t]);
            }
        }

        Assert.True(counts.Min() > 500 && counts.Max() < 900, "circular bootstrap should cover every index about equally");
        Assert.Throws<ArgumentOutOfRangeException>("blockLength", () => BlockBootstrap.MovingBlock(s, 10, 11, moving));
        Assert.Throws<ArgumentOutOfRangeException>("meanBlockLength", () => BlockBootstrap.Stationary(s, 10, 0.5, moving));
    }

    [Fact]
    public void CorrelatedSampler_RejectsNonPositiveDefiniteAndBadMean()
    {
        Assert.Throws<Bastion.Numerics.LinearAlgebra.MatrixNotPositiveDefiniteException>(() => new CorrelatedSampler(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } }));
        Assert.Throws<ArgumentException>("mean", () => new CorrelatedSampler(new[,] { { 1.0 } }, [0.0, 1.0]));
    }
}
