using Bastion.Portfolio.Rebalancing;

namespace Bastion.Portfolio.Tests.Rebalancing;

/// <summary>Hand-worked rebalancing scenarios: two assets at 10.00, 60/40 held against a 50/50 target (equity 1,000).</summary>
public sealed class RebalancerTests
{
    private static readonly Dictionary<string, double> s_target = new() { ["A"] = 0.5, ["B"] = 0.5 };

    private static PortfolioState State(DateOnly date, decimal a, decimal b, decimal cash = 0m, decimal priceA = 10m, decimal priceB = 10m) =>
        new(date, cash, new Dictionary<string, decimal> { ["A"] = a, ["B"] = b }, new Dictionary<string, decimal> { ["A"] = priceA, ["B"] = priceB });

    [Fact]
    public void Decide_FirstDecision_TradesToTargetSellsFirst()
    {
        var r = new Rebalancer(new RebalancePolicy { Calendar = RebalanceCalendar.None });

        RebalanceDecision d = r.Decide(State(new DateOnly(2024, 1, 2), 60, 40), s_target);

        Assert.Equal(["initial allocation"], d.Triggers);
        Assert.Collection(
            d.Orders,
            o => Assert.Equal(("A", -10m, -100m), (o.Symbol, o.Quantity, o.Value)),
            o => Assert.Equal(("B", 10m, 100m), (o.Symbol, o.Quantity, o.Value)));
    }

    [Fact]
    public void Decide_NoTradeBandWithHysteresis_TradesToBandEdge()
    {
        // Drift is 10 points, band 2: A goes to 52% (sell 8 shares), B to 48% (buy 8).
        var r = new Rebalancer(new RebalancePolicy { NoTradeBand = 0.02, TradeToBandEdge = true });

        RebalanceDecision d = r.Decide(State(new DateOnly(2024, 1, 2), 60, 40), s_target);

        Assert.Equal([-8m, 8m], d.Orders.Select(o => o.Quantity));
        Assert.Contains("band edge", d.Orders[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_InsideNoTradeBand_LeavesAssetAloneAndSaysWhy()
    {
        var r = new Rebalancer(new RebalancePolicy { NoTradeBand = 0.02 });

        RebalanceDecision d = r.Decide(State(new DateOnly(2024, 1, 2), 51, 49), s_target);

        Assert.True(d.Triggered);
        Assert.Empty(d.Orders);
        Assert.Equal(2, d.Skipped.Count);
        Assert.Contains("inside no-trade band", d.Skipped[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MonthlyCalendar_TriggersOnlyInNewMonth()
    {
        var r = new Rebalancer(new RebalancePolicy { Calendar = RebalanceCalendar.Monthly });
        r.Decide(State(new DateOnly(2024, 1, 2), 60, 40), s_target);

        RebalanceDecision sameMonth = r.Decide(State(new DateOnly(2024, 1, 20), 55, 45), s_target);
        RebalanceDecision nextMonth = r.Decide(State(new DateOnly(2024, 2, 1), 55, 45), s_target);

        Assert.False(sameMonth.Triggered);
        Assert.Equal(["monthly calendar"], nextMonth.Triggers);
        Assert.Equal([-5m, 5m], nextMonth.Orders.Select(o => o.Quantity));
        Assert.Equal(3, r.History.Count);
    }

    [Fact]
    public void Decide_AbsoluteAndRelativeDrift_TriggerAboveThresholdOnly()
    {
        var r = new Rebalancer(new RebalancePolicy { Calendar = RebalanceCalendar.None, AbsoluteDrift = 0.05, RelativeDrift = 0.2 });
        r.Decide(State(new DateOnly(2024, 1, 2), 50, 50), s_target);

        RebalanceDecision small = r.Decide(State(new DateOnly(2024, 1, 3), 54, 46), s_target); // 4 pts, 8% relative
        RebalanceDecision large = r.Decide(State(new DateOnly(2024, 1, 4), 61, 39), s_target); // 11 pts, 22% relative

        Assert.False(small.Triggered);
        Assert.Equal(2, large.Triggers.Count);
        Assert.StartsWith("absolute drift A +11.0 pts", large.Triggers[0], StringComparison.Ordinal);
        Assert.StartsWith("relative drift A 22.0%", large.Triggers[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_VolatilityMoveAndRiskBreach_Trigger()
    {
        var r = new Rebalancer(new RebalancePolicy { Calendar = RebalanceCalendar.None, VolatilityChange = 0.25 });
        r.Decide(State(new DateOnly(2024, 1, 2), 50, 50) with { RealizedVolatility = 0.10 }, s_target);

        Assert.False(r.Decide(State(new DateOnly(2024, 1, 3), 50, 50) with { RealizedVolatility = 0.12 }, s_target).Triggered);
        Assert.StartsWith("volatility", r.Decide(State(new DateOnly(2024, 1, 4), 50, 50) with { RealizedVolatility = 0.13 }, s_target).Triggers[0], StringComparison.Ordinal);
        Assert.Equal(["risk limit: sector Tech 34% > 30%"], r.Decide(State(new DateOnly(2024, 1, 5), 50, 50) with { RiskLimitBreach = "sector Tech 34% > 30%" }, s_target).Triggers);
    }

    [Fact]
    public void Decide_MinimumTradeValue_SkipsSmallTrades()
    {
        var r = new Rebalancer(new RebalancePolicy { MinimumTradeValue = 150m });

        RebalanceDecision d = r.Decide(State(new DateOnly(2024, 1, 2), 60, 40), s_target);

        Assert.Empty(d.Orders);
        Assert.All(d.Skipped, s => Assert.Contains("below minimum size", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_CostAware_DropsTradesNotWorthTheirCost()
    {
        // Σ = diag(0.04, 0.04), λ = 1: moving both assets 10 pts to target improves ½·λ·(0.1²·0.04·2)·1000 = 0.4;
        // at 10 bps the 200 traded costs 0.2 (kept); at 100 bps it costs 2.0 (dropped).
        PortfolioState state = State(new DateOnly(2024, 1, 2), 60, 40) with
        {
            Covariance = new double[,] { { 0.04, 0 }, { 0, 0.04 } },
            CovarianceSymbols = ["A", "B"],
        };

        RebalanceDecision cheap = new Rebalancer(new RebalancePolicy { CostAware = true, CostBasisPoints = 10 }).Decide(state, s_target);
        RebalanceDecision dear = new Rebalancer(new RebalancePolicy { CostAware = true, CostBasisPoints = 100 }).Decide(state, s_target);

        Assert.Equal(2, cheap.Orders.Count);
        Assert.Equal(0.2m, cheap.EstimatedCost);
        Assert.Empty(dear.Orders);
        Assert.Contains("does not cover the cost", dear.Skipped[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MissingPrice_NamesSymbolAndDate()
    {
        var r = new Rebalancer(new RebalancePolicy());
        var state = new PortfolioState(new DateOnly(2024, 1, 2), 0m, new Dictionary<string, decimal> { ["A"] = 1 }, new Dictionary<string, decimal>());

        var ex = Assert.Throws<ArgumentException>(() => r.Decide(state, s_target));
        Assert.Contains("no positive price for A on 2024-01-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DateBeforeLastRebalance_Throws()
    {
        var r = new Rebalancer(new RebalancePolicy(), lastRebalance: new DateOnly(2024, 3, 1));
        var ex = Assert.Throws<ArgumentException>(() => r.Decide(State(new DateOnly(2024, 2, 1), 50, 50), s_target));
        Assert.Contains("before the last rebalance 2024-03-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_KnownLastRebalanceInSameMonth_NoInitialTrigger()
    {
        var r = new Rebalancer(new RebalancePolicy(), lastRebalance: new DateOnly(2024, 1, 2));
        Assert.False(r.Decide(State(new DateOnly(2024, 1, 15), 60, 40), s_target).Triggered);
    }

    [Fact]
    public void Policy_NegativeThreshold_RejectedAtBuild()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Rebalancer(new RebalancePolicy { AbsoluteDrift = -0.01 }));
        Assert.Equal("AbsoluteDrift", ex.ParamName);
    }
}
