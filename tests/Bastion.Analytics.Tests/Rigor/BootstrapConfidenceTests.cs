using System.Globalization;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Rigor;
using Bastion.Numerics.Random;

namespace Bastion.Analytics.Tests.Rigor;

public sealed class BootstrapConfidenceTests
{
    private static readonly Lazy<double[]> s_ar1 = new(() =>
        [.. File.ReadLines(FixtureData.PathOf("ar1_phi03.csv")).Skip(1).Select(l => double.Parse(l, CultureInfo.InvariantCulture))]);

    private static double Mean(ReadOnlySpan<double> r)
    {
        double s = 0;
        foreach (double v in r)
        {
            s += v;
        }

        return s / r.Length;
    }

    [Fact]
    public void OptimalBlockLength_Ar1Series_MatchesNumpyAndTheory()
    {
        (double sb, double cb) = OptimalBlockLength.Estimate(s_ar1.Value);
        var e = FixtureData.Expected.GetProperty("blockLength");
        Assert.Equal(e.GetProperty("stationary").GetDouble(), sb, 9);
        Assert.Equal(e.GetProperty("circular").GetDouble(), cb, 9);
        // Population optimum for a Gaussian AR(1) with φ = 0.3 and n = 10 000: b_SB = 16.3, b_CB = 18.7 (the estimate is noisy).
        Assert.InRange(sb / e.GetProperty("theoryStationary").GetDouble(), 0.75, 1.25);
        Assert.InRange(cb / e.GetProperty("theoryCircular").GetDouble(), 0.75, 1.25);
    }

    [Fact]
    public void Stationary_Ar1Mean_StandardErrorNearLongRunValue()
    {
        double[] x = s_ar1.Value;
        (double b, _) = OptimalBlockLength.Estimate(x);
        BootstrapInterval ci = BootstrapConfidence.Interval(x, Mean, b, BlockBootstrapMethod.Stationary, 400, 0.95, seed: 7);
        // Long-run variance of an AR(1): γ₀(1 + φ)/(1 − φ); SE(mean) = √(γ₀·1.3/0.7 / n)
        double gamma0 = ReturnMetrics.StandardDeviation(x, 0.0) * ReturnMetrics.StandardDeviation(x, 0.0);
        double expected = Math.Sqrt(gamma0 * 1.3 / 0.7 / x.Length);
        Assert.InRange(ci.StandardError / expected, 0.85, 1.15);
        Assert.True(ci.Lower < ci.Estimate && ci.Estimate < ci.Upper);
    }

    [Fact]
    public void Circular_BlockOne_IidStandardErrorOfMean()
    {
        var rng = new RandomStream(11);
        double[] x = [.. Enumerable.Range(0, 500).Select(_ => rng.NextGaussian())];
        BootstrapInterval ci = BootstrapConfidence.Interval(x, Mean, 1, BlockBootstrapMethod.Circular, 1000, 0.9, seed: 3);
        double expected = ReturnMetrics.StandardDeviation(x, 0.0) / Math.Sqrt(x.Length);
        Assert.InRange(ci.StandardError / expected, 0.9, 1.1);
        Assert.Equal(0.9, ci.Confidence);
    }

    [Fact]
    public void Moving_BlockEqualsSample_EveryReplicateIsTheSample()
    {
        double[] x = [0.01, -0.02, 0.03, 0.005, -0.01];
        BootstrapInterval ci = BootstrapConfidence.Interval(x, Mean, 5, BlockBootstrapMethod.Moving, 100);
        Assert.Equal(0.0, ci.StandardError, 15);
        Assert.Equal(ci.Estimate, ci.Lower, 15);
        Assert.Equal(ci.Estimate, ci.Upper, 15);
    }

    [Fact]
    public void ConfidenceInterval_SameSeed_SameResult()
    {
        double[] x = [.. s_ar1.Value.Take(500)];
        ReturnStatistic sharpe = r => ReturnMetrics.SharpeRatio(r, 0, 252);
        BootstrapInterval a = BootstrapConfidence.Interval(x, sharpe, 5, seed: 42);
        BootstrapInterval b = BootstrapConfidence.Interval(x, sharpe, 5, seed: 42);
        BootstrapInterval c = BootstrapConfidence.Interval(x, sharpe, 5, seed: 43);
        Assert.Equal(a, b);
        Assert.NotEqual(a.Lower, c.Lower);
    }

    [Fact]
    public void ConfidenceInterval_BlockLongerThanSample_Throws()
        => Assert.Equal("blockLength", Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapConfidence.Interval([0.1, 0.2, 0.3], Mean, 4)).ParamName);
}
