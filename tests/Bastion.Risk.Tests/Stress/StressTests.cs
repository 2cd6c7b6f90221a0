using Bastion.Risk.Stress;

namespace Bastion.Risk.Tests.Stress;

public sealed class StressTests
{
    private const double Z99 = 2.3263478740408408; // scipy.stats.norm.ppf(0.99)

    [Fact]
    public void Apply_ShockThroughBetasAndVolatilityMultiplier_HandComputed()
    {
        var cov = new double[,] { { 1e-4, 0.0 }, { 0.0, 4e-4 } };
        StressResult r = HypotheticalStress.Apply([100.0, 200.0], [1.5, 0.5], cov, [new StressScenario("test", -0.10, 2.0)])[0];
        Assert.Equal([-15.0, -10.0], r.PositionPnL.Select(x => Math.Round(x, 12)).ToArray());
        Assert.Equal(-25.0, r.ShockPnL, 12);
        double baseVar = Z99 * Math.Sqrt(17.0); // √(100²·1e-4 + 200²·4e-4)
        Assert.Equal(2.0 * baseVar, r.StressedValueAtRisk, 10);
        Assert.Equal(25.0 + (2.0 * baseVar), r.StressedLoss, 10);
    }

    [Fact]
    public void BuiltIn_HasTheFiveNamedScenarios()
    {
        Assert.Equal(
            [("2008 crisis", -0.37, 2.5), ("2020 COVID", -0.34, 3.0), ("flash crash", -0.10, 5.0), ("correction", -0.10, 1.5), ("stagflation", -0.15, 1.8)],
            StressScenario.BuiltIn.Select(s => (s.Name, s.MarketShock, s.VolatilityMultiplier)).ToArray());
    }

    [Fact]
    public void ReverseShock_FindsTheMarketMoveForTheLoss()
    {
        Assert.Equal(-0.2, HypotheticalStress.ReverseShock([100.0, 200.0], [1.5, 0.5], 50.0)!.Value, 14);
        Assert.Null(HypotheticalStress.ReverseShock([100.0, -100.0], [1.0, 1.0], 50.0));
        Assert.Equal(0.5, HypotheticalStress.ReverseShock([-100.0], [1.0], 50.0)!.Value, 14);
    }

    [Fact]
    public void Betas_ExactLinearRelation_Recovered()
    {
        double[] market = [0.01, -0.02, 0.015, 0.003, -0.007];
        double[] assets = market.SelectMany(m => new[] { (2 * m) + 0.001, -m }).ToArray();
        double[] betas = HypotheticalStress.Betas(assets, 2, market);
        Assert.Equal(2.0, betas[0], 12);
        Assert.Equal(-1.0, betas[1], 12);
    }

    [Fact]
    public void WorstWindows_GreedyNonOverlapping()
    {
        double[] r = [0.01, -0.05, -0.05, 0.02, 0.0, -0.04, -0.01, 0.03];
        IReadOnlyList<WorstWindow> w = HistoricalStress.WorstWindows(r, 2, 3);
        Assert.Equal(1, w[0].Start);
        Assert.Equal((0.95 * 0.95) - 1, w[0].Return, 14);
        Assert.Equal(5, w[1].Start);
        Assert.Equal((0.96 * 0.99) - 1, w[1].Return, 14);
        Assert.Equal(3, w[2].Start);
        Assert.Equal(3, w.Count);
    }
}
