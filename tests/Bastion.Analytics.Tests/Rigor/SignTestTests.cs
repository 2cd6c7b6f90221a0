using System.Text.Json;
using Bastion.Analytics.Rigor;

namespace Bastion.Analytics.Tests.Rigor;

public sealed class SignTestTests
{
    [Theory]
    [InlineData("ORCL")]
    [InlineData("NVDA")]
    public void Run_RealReturns_MatchesScipyBinomtest(string name)
    {
        SignTestResult r = SignTest.Run(FixtureData.Returns(name).Values);
        JsonElement e = FixtureData.Expected.GetProperty("strategies").GetProperty(name).GetProperty("signTest");
        Assert.Equal(e.GetProperty("positive").GetInt32(), r.Positive);
        Assert.Equal(e.GetProperty("negative").GetInt32(), r.Negative);
        Assert.Equal(e.GetProperty("pValue").GetDouble(), r.PValue, 10);
        Assert.Equal(e.GetProperty("pValueGreater").GetDouble(), r.PValueGreater, 10);
    }

    [Fact]
    public void Run_HandExample_NineOfTen()
    {
        // 9 up, 1 down: P(X ≥ 9) = (C(10,9) + C(10,10)) / 1024 = 11/1024; two-sided = 22/1024
        double[] r = [.. Enumerable.Repeat(0.01, 9), -0.01, 0.0];
        SignTestResult t = SignTest.Run(r);
        Assert.Equal(1, t.Zero);
        Assert.Equal(11.0 / 1024, t.PValueGreater, 15);
        Assert.Equal(22.0 / 1024, t.PValue, 15);
    }

    [Fact]
    public void Run_AllZero_PValueNaN()
        => Assert.True(double.IsNaN(SignTest.Run([0.0, 0.0]).PValue));
}
