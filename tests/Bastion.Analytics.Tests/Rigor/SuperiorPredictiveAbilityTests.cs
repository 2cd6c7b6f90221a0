using System.Globalization;
using System.Text.Json;
using Bastion.Analytics.Rigor;
using Bastion.Numerics.Random;

namespace Bastion.Analytics.Tests.Rigor;

public sealed class SuperiorPredictiveAbilityTests
{
    private static (double[] Bench, double[][] Models) Losses()
    {
        string[][] rows = [.. File.ReadLines(FixtureData.PathOf("spa_losses.csv")).Skip(1).Select(l => l.Split(','))];
        double[] bench = [.. rows.Select(r => double.Parse(r[0], CultureInfo.InvariantCulture))];
        double[][] models = [.. Enumerable.Range(1, rows[0].Length - 1).Select(c => rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray())];
        return (bench, models);
    }

    [Fact]
    public void Test_SpaLosses_AgreesWithNumpyUpToMonteCarloError()
    {
        (double[] bench, double[][] models) = Losses();
        SpaResult r = SuperiorPredictiveAbility.Test(bench, models, 10.0, 5000, seed: 2024);
        JsonElement e = FixtureData.Expected.GetProperty("spa");
        // The statistic of the Reality Check involves no randomness.
        Assert.Equal(e.GetProperty("rcStatistic").GetDouble(), r.RealityCheckStatistic, 9);
        // The rest depends on bootstrap draws (NumPy's generator there, xoshiro256** here): 5 000 replications each.
        Assert.InRange(r.SpaStatistic / e.GetProperty("spaStatistic").GetDouble(), 0.97, 1.03);
        Assert.Equal(e.GetProperty("rcPValue").GetDouble(), r.RealityCheckPValue, 0.03);
        Assert.Equal(e.GetProperty("lower").GetDouble(), r.SpaLowerPValue, 0.03);
        Assert.Equal(e.GetProperty("consistent").GetDouble(), r.SpaConsistentPValue, 0.03);
        Assert.Equal(e.GetProperty("upper").GetDouble(), r.SpaUpperPValue, 0.03);
    }

    [Fact]
    public void Test_AnySeed_LowerConsistentUpperOrdered()
    {
        (double[] bench, double[][] models) = Losses();
        for (ulong seed = 1; seed <= 3; seed++)
        {
            SpaResult r = SuperiorPredictiveAbility.Test(bench, models, 5.0, 300, seed);
            Assert.True(r.SpaLowerPValue <= r.SpaConsistentPValue && r.SpaConsistentPValue <= r.SpaUpperPValue, $"seed {seed}: {r}");
        }
    }

    [Fact]
    public void Test_ClearlyBetterModel_Rejects()
    {
        var rng = new RandomStream(5);
        double[] bench = [.. Enumerable.Range(0, 500).Select(_ => 1.0 + rng.NextGaussian())];
        double[] better = [.. bench.Select(b => b - 0.5 + (0.3 * rng.NextGaussian()))];
        double[] same = [.. bench.Select(b => b + (0.3 * rng.NextGaussian()))];
        SpaResult r = SuperiorPredictiveAbility.Test(bench, [same, better], 5.0, 500, seed: 9);
        Assert.Equal(0.0, r.SpaConsistentPValue);
        Assert.Equal(0.0, r.RealityCheckPValue);
    }

    [Fact]
    public void Test_ModelsWorseThanBenchmark_DoNotReject()
    {
        var rng = new RandomStream(6);
        double[] bench = [.. Enumerable.Range(0, 500).Select(_ => 1.0 + rng.NextGaussian())];
        double[][] worse = [.. Enumerable.Range(0, 5).Select(_ => bench.Select(b => b + 0.2 + (0.3 * rng.NextGaussian())).ToArray())];
        SpaResult r = SuperiorPredictiveAbility.Test(bench, worse, 5.0, 500, seed: 9);
        Assert.True(r.SpaConsistentPValue > 0.5, r.ToString());
    }

    [Theory]
    [InlineData(3.0)] // long enough blocks: sums from prefix sums
    [InlineData(1.0)] // single-day blocks: sums index by index
    public void Test_BlockSums_EqualDirectResampleSumsWithTheSameDraws(double block)
    {
        // The straightforward algorithm: resample every d_k index by index with the same seeded draws.
        (double[] bench, double[][] models) = Losses();
        const int reps = 300;
        int n = bench.Length, k = models.Length;
        double[][] d = [.. models.Select(m => m.Select((x, t) => bench[t] - x).ToArray())];
        double[] mean = [.. d.Select(x => x.Average())];
        var rng = new RandomStream(17);
        var idx = new int[n];
        var boot = new double[reps, k];
        for (int b = 0; b < reps; b++)
        {
            BlockBootstrap.Stationary(rng, n, block, idx);
            for (int m = 0; m < k; m++)
            {
                boot[b, m] = idx.Sum(i => d[m][i]) / n;
            }
        }

        double sqrtN = Math.Sqrt(n);
        double[] omega = [.. Enumerable.Range(0, k).Select(m => Math.Sqrt(Enumerable.Range(0, reps).Average(b => Math.Pow(sqrtN * (boot[b, m] - mean[m]), 2))))];
        double spa = Math.Max(0, Enumerable.Range(0, k).Max(m => sqrtN * mean[m] / omega[m]));
        double rc = Enumerable.Range(0, k).Max(m => sqrtN * mean[m]);
        double upper = Enumerable.Range(0, reps).Count(b => Math.Max(0, Enumerable.Range(0, k).Max(m => sqrtN * (boot[b, m] - mean[m]) / omega[m])) >= spa) / (double)reps;
        double rcP = Enumerable.Range(0, reps).Count(b => Enumerable.Range(0, k).Max(m => sqrtN * (boot[b, m] - mean[m])) > rc) / (double)reps;

        SpaResult r = SuperiorPredictiveAbility.Test(bench, models, block, reps, seed: 17);
        for (int m = 0; m < k; m++)
        {
            Assert.Equal(mean[m], r.MeanDifferences[m], 12);
            Assert.Equal(omega[m], r.StandardDeviations[m], 10);
        }

        Assert.Equal(spa, r.SpaStatistic, 10);
        Assert.Equal(upper, r.SpaUpperPValue);
        Assert.Equal(rcP, r.RealityCheckPValue);
        Assert.Equal(Array.IndexOf(mean.Select((x, m) => x / omega[m]).ToArray(), mean.Select((x, m) => x / omega[m]).Max()), r.BestModel);
    }

    [Fact]
    public void Test_LengthMismatch_Throws()
        => Assert.Throws<ArgumentException>(() => SuperiorPredictiveAbility.Test(new double[20], [new double[19]], 2));
}
