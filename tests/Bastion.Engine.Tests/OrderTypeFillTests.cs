using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Results;

namespace Bastion.Engine.Tests;

/// <summary>Each order type against hand-made bars: the expected fill price is read off the bar by the rule in docs/engine.md.</summary>
public sealed class OrderTypeFillTests
{
    private static readonly Symbol s_x = Symbol.Create("X");

    // Day 0 closes 100 (decision bar). Day 1: O 99 H 103 L 97 C 102. Day 2: O 95 H 96 L 90 C 91 (gap down). Day 3: O 92 H 99 L 91 C 98.
    private static readonly Bar[] s_bars =
    [
        SyntheticBars.Day(0, 100, 101, 99, 100),
        SyntheticBars.Day(1, 99, 103, 97, 102),
        SyntheticBars.Day(2, 95, 96, 90, 91),
        SyntheticBars.Day(3, 92, 99, 91, 98),
    ];

    private static BacktestResult Run(BacktestOptions? options, params (int, OrderRequest)[] script) =>
        Backtest.Run(new ScriptedStrategy(script), [new BarFeed(new Equity(s_x), s_bars)], options);

    private static Order Only(BacktestResult r) => Assert.Single(r.Orders);

    [Theory]
    [InlineData("limit-buy-touch", 98.00, 1)]      // day 1 opens 99 > 98, low 97 ≤ 98 → fills at the limit 98
    [InlineData("limit-buy-gap", 99.50, 1)]        // day 1 opens 99 ≤ 99.50 → fills at the open 99 (better than the limit)
    [InlineData("limit-sell-touch", 103.00, 1)]    // day 1 high 103 ≥ 103 → 103
    [InlineData("stop-sell-gap", 93.00, 2)]        // day 1 low 97 > 93; day 2 opens 95? no: 95 > 93, low 90 ≤ 93 → stop 93
    [InlineData("stop-sell-gapped-through", 96.00, 2)] // day 1 low 97 > 96; day 2 opens 95 ≤ 96 → gapped through: fills at the open 95
    [InlineData("stop-buy-touch", 102.50, 1)]      // day 1 high 103 ≥ 102.50 → 102.50
    public void LimitAndStop_FillByNextBarRangeWithGapHandling(string kind, double level, int fillDay)
    {
        decimal p = (decimal)level;
        OrderRequest r = kind switch
        {
            "limit-buy-touch" or "limit-buy-gap" => OrderRequest.Limit(s_x, OrderSide.Buy, 1m, p),
            "limit-sell-touch" => OrderRequest.Limit(s_x, OrderSide.Sell, 1m, p),
            "stop-buy-touch" => OrderRequest.Stop(s_x, OrderSide.Buy, 1m, p),
            _ => OrderRequest.Stop(s_x, OrderSide.Sell, 1m, p),
        };
        decimal expected = kind switch
        {
            "limit-buy-gap" => 99m,
            "stop-sell-gapped-through" => 95m,
            _ => p,
        };
        BacktestResult result = Run(null, (0, r));
        Fill f = Assert.Single(result.Fills);
        Assert.Equal(expected, f.Price);
        // Open fills are stamped at the bar's start, intrabar fills at its end (the time inside the bar is unknown).
        Assert.InRange(f.Time, SyntheticBars.Start.AddDays(fillDay), SyntheticBars.Start.AddDays(fillDay + 1));
    }

    [Fact]
    public void StopLimit_GapTriggerBeyondLimit_WaitsThenFillsAsLimit()
    {
        // Sell stop 96 limit 94: day 1 low 97 → no trigger. Day 2 opens 95 ≤ 96 → triggered, open 95 ≥ 94 → fills at 95.
        Assert.Equal(95m, Assert.Single(Run(null, (0, OrderRequest.StopLimit(s_x, OrderSide.Sell, 1m, 96m, 94m))).Fills).Price);
        // Sell stop 96 limit 95.5: day 2 gap trigger at 95 < 95.5 → no fill; works as a limit 95.5 from day 3: high 99 → 95.5.
        BacktestResult r = Run(null, (0, OrderRequest.StopLimit(s_x, OrderSide.Sell, 1m, 96m, 95.5m)));
        Fill f = Assert.Single(r.Fills);
        Assert.Equal(95.5m, f.Price);
        Assert.Equal(SyntheticBars.Start.AddDays(4), f.Time); // end of day 3: an intrabar fill
    }

    [Fact]
    public void TrailingStop_FollowsHighThenFills()
    {
        // Sell trailing 5: reference close 100 → stop 95. Day 1: low 97 > 95, high 103 → stop 98.
        // Day 2 opens 95 ≤ 98 → gapped through: fills at the open 95.
        Assert.Equal(95m, Assert.Single(Run(null, (0, OrderRequest.TrailingStopByAmount(s_x, OrderSide.Sell, 1m, 5m))).Fills).Price);
        // Trailing 2%: stop 98 from 100; day 1 low 97 ≤ 98 → fills at 98.
        Assert.Equal(98m, Assert.Single(Run(null, (0, OrderRequest.TrailingStopByPercent(s_x, OrderSide.Sell, 1m, 0.02m))).Fills).Price);
    }

    [Fact]
    public void MarketOnOpenAndClose_FillAtSessionOpenAndClose()
    {
        Assert.Equal(99m, Assert.Single(Run(null, (0, OrderRequest.MarketOnOpen(s_x, OrderSide.Buy, 1m))).Fills).Price);
        Fill moc = Assert.Single(Run(null, (0, OrderRequest.MarketOnClose(s_x, OrderSide.Buy, 1m))).Fills);
        Assert.Equal(102m, moc.Price);
        Assert.Equal(SyntheticBars.Start.AddDays(2), moc.Time);
    }

    [Fact]
    public void TimeInForce_DayAndGoodTillDate_Expire()
    {
        // A buy limit at 80 never trades. Day: works on day 1, expires at day 2's start.
        Order day = Only(Run(null, (0, OrderRequest.Limit(s_x, OrderSide.Buy, 1m, 80m, TimeInForce.Day))));
        Assert.Equal(OrderStatus.Expired, day.Status);
        Assert.Equal(SyntheticBars.Start.AddDays(2), day.LastUpdate);
        Order gtd = Only(Run(null, (0, OrderRequest.Limit(s_x, OrderSide.Buy, 1m, 80m) with
        {
            TimeInForce = TimeInForce.GoodTillDate,
            ExpiryUtc = SyntheticBars.Start.AddDays(2.5),
        })));
        Assert.Equal(OrderStatus.Expired, gtd.Status);
        Assert.Equal(SyntheticBars.Start.AddDays(2.5), gtd.LastUpdate);
        Order gtc = Only(Run(null, (0, OrderRequest.Limit(s_x, OrderSide.Buy, 1m, 80m))));
        Assert.Equal(OrderStatus.Accepted, gtc.Status);
    }

    [Fact]
    public void VolumeParticipation_PartialFillsAndImmediateOrCancelAndFillOrKill()
    {
        var options = new BacktestOptions { MaxVolumeParticipation = 0.1m };
        Bar[] thin = [SyntheticBars.Day(0, 100, 101, 99, 100, 500), SyntheticBars.Day(1, 100, 101, 99, 100, 500), SyntheticBars.Day(2, 100, 101, 99, 100, 500)];
        BacktestResult Go(OrderRequest r) => Backtest.Run(new ScriptedStrategy((0, r)), [new BarFeed(new Equity(s_x), thin)], options);

        // 10% of 500 = 50 per bar: a GTC order for 80 fills 50 then 30.
        BacktestResult gtc = Go(OrderRequest.Market(s_x, OrderSide.Buy, 80m));
        Assert.Equal([50m, 30m], gtc.Fills.Select(f => f.Quantity));
        Assert.IsType<OrderPartiallyFilled>(gtc.OrderEvents[2]);
        Assert.Equal(OrderStatus.Filled, Only(gtc).Status);
        // IOC fills 50 and cancels the 30 left.
        Order ioc = Only(Go(OrderRequest.Market(s_x, OrderSide.Buy, 80m, TimeInForce.ImmediateOrCancel)));
        Assert.Equal((OrderStatus.Cancelled, 50m), (ioc.Status, ioc.FilledQuantity));
        // FOK fills nothing.
        Order fok = Only(Go(OrderRequest.Market(s_x, OrderSide.Buy, 80m, TimeInForce.FillOrKill)));
        Assert.Equal((OrderStatus.Cancelled, 0m), (fok.Status, fok.FilledQuantity));
        Assert.Contains("fill-or-kill", fok.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_DuplicateClientOrderIdAndInvalidQuantity_AreRejectedWithReason()
    {
        var strategy = new ScriptedStrategy(
            (0, OrderRequest.Market(s_x, OrderSide.Buy, 1m, clientOrderId: "a")),
            (1, OrderRequest.Market(s_x, OrderSide.Buy, 1m, clientOrderId: "a")),
            (1, OrderRequest.Market(s_x, OrderSide.Buy, 0.5m)));
        BacktestResult r = Backtest.Run(strategy, [new BarFeed(new Equity(s_x), s_bars)]);
        Assert.True(strategy.Results[0].IsAccepted);
        Assert.False(strategy.Results[1].IsAccepted);
        Assert.Contains("duplicate client order id", strategy.Results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("whole number of lots", strategy.Results[2].Reason, StringComparison.Ordinal);
        Assert.Single(r.Fills);
    }
}
