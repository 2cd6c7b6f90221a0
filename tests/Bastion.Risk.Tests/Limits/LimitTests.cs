using Bastion.Risk.Limits;

namespace Bastion.Risk.Tests.Limits;

public sealed class LimitTests
{
    private static PortfolioRiskState State() => new(["A", "B", "C"], [0.5, 0.35, -0.15], 1_000_000)
    {
        Sectors = ["Tech", "Tech", "Energy"],
        Correlation = new double[,] { { 1, 0.9, 0.1 }, { 0.9, 1, 0.7 }, { 0.1, 0.7, 1 } },
        ValueAtRisk = 0.021,
        DailyReturn = -0.012,
        AverageDailyVolume = [2_000_000, 50_000_000, 100_000],
    };

    [Fact]
    public void Evaluate_EveryLimit_HandCheckedFiguresAndStatuses()
    {
        var limits = new RiskLimits
        {
            MaxPositionWeight = 0.4,
            MaxSectorWeight = 1.0,
            MaxPairwiseCorrelation = 0.85,
            VaRBudget = 0.025,
            MaxDailyLoss = 0.02,
            MaxGrossExposure = 1.5,
            MaxNetExposure = 0.6,
            MaxDaysToLiquidate = 5,
        };
        var checks = LimitMonitor.Evaluate(State(), limits).ToDictionary(c => (c.Limit, c.Subject));
        Assert.Equal(LimitStatus.Breach, checks[("position weight", "A")].Status);     // 0.5 > 0.4
        Assert.Equal(LimitStatus.Warn, checks[("position weight", "B")].Status);       // 0.35 ≥ 0.32
        Assert.Equal(LimitStatus.Pass, checks[("position weight", "C")].Status);       // 0.15
        Assert.Equal(0.85, checks[("sector weight", "Tech")].Value, 14);
        Assert.Equal(LimitStatus.Warn, checks[("sector weight", "Tech")].Status);      // 0.85 ≥ 0.8
        Assert.Equal(LimitStatus.Breach, checks[("pairwise correlation", "A/B")].Status);
        Assert.Equal(LimitStatus.Warn, checks[("pairwise correlation", "B/C")].Status);  // 0.7 ≥ 0.8 · 0.85 = 0.68
        Assert.Equal(LimitStatus.Pass, checks[("pairwise correlation", "A/C")].Status);
        Assert.Equal(LimitStatus.Warn, checks[("VaR budget", "portfolio")].Status);    // 0.021 ≥ 0.02
        Assert.Equal(0.012, checks[("daily loss", "portfolio")].Value, 14);
        Assert.Equal(LimitStatus.Pass, checks[("daily loss", "portfolio")].Status);
        Assert.Equal(1.0, checks[("gross exposure", "portfolio")].Value, 14);
        Assert.Equal(0.7, checks[("net exposure", "portfolio")].Value, 14);
        Assert.Equal(LimitStatus.Breach, checks[("net exposure", "portfolio")].Status);
        Assert.Equal(2.5, checks[("days to liquidate", "A")].Value, 12);               // 500,000 / (0.1 · 2,000,000)
        Assert.Equal(15.0, checks[("days to liquidate", "C")].Value, 12);              // 150,000 / (0.1 · 100,000)
        Assert.Equal(LimitStatus.Breach, checks[("days to liquidate", "C")].Status);
    }

    [Fact]
    public void Evaluate_UnsetLimits_ProduceNoChecks()
        => Assert.Empty(LimitMonitor.Evaluate(State(), new RiskLimits()));

    [Fact]
    public void DrawdownController_ScalesLinearlyBetweenSoftAndHard()
    {
        var c = new DrawdownController(0.1, 0.3, 0.2);
        Assert.Equal(1.0, c.Update(100));
        Assert.Equal(1.0, c.Update(120));
        Assert.Equal(1.0, c.Update(108));            // 10% drawdown
        Assert.Equal(0.6, c.Update(96), 12);         // 20%: halfway → 1 − 0.5·0.8
        Assert.Equal(0.2, c.Update(60));             // 50%: beyond hard
        Assert.Equal(0.5, c.Drawdown, 12);
        Assert.Equal(1.0, c.Update(130));            // new peak
    }
}
