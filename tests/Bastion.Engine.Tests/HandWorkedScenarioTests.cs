using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Costs;
using Bastion.Engine.Results;

namespace Bastion.Engine.Tests;

public sealed class HandWorkedScenarioTests
{
    private static readonly Symbol s_spy = Symbol.Create("SPY");

    private static BarFeed Feed(params Bar[] bars) => new(new Equity(s_spy), bars);

    [Fact]
    public void MarketBuy_NextBarOpenWithSlippageAndIbCommission_MatchesHandArithmetic()
    {
        // Day 0 closes at 100.50; the strategy buys 100 after it. Day 1 opens at 101.00:
        //   price = 101.00 × (1 + 10 bp) = 101.101 → nearest cent 101.10
        //   commission = max(100 × 0.005, 1.00) = 1.00, cap 1% × 10 110 = 101.10 → 1.00
        //   cash = 100 000 − 100 × 101.10 − 1.00 = 89 889.00
        //   equity at day 1 close 102.00 = 89 889 + 100 × 102 = 100 089.00; at day 2 close 99.00 = 89 889 + 9 900 = 99 789.00
        var strategy = new ScriptedStrategy((0, OrderRequest.Market(s_spy, OrderSide.Buy, 100m)));
        var options = new BacktestOptions { Commission = PerShareCommission.InteractiveBrokersFixed, SlippageBasisPoints = 10m };
        BacktestResult r = Backtest.Run(strategy, [Feed(
            SyntheticBars.Day(0, 100.00, 101.00, 99.50, 100.50),
            SyntheticBars.Day(1, 101.00, 102.50, 100.80, 102.00),
            SyntheticBars.Day(2, 101.50, 101.60, 98.70, 99.00))], options);

        Fill fill = Assert.Single(r.Fills);
        Assert.Equal(101.10m, fill.Price);
        Assert.Equal(1.00m, fill.Commission);
        Assert.Equal(SyntheticBars.Start.AddDays(1), fill.Time);
        Assert.Equal(89_889.00m, r.FinalCash);
        Assert.Equal([100_000m, 100_089.00m, 99_789.00m], r.EquityCurve.Select(p => p.Equity));
        Assert.Equal(99_789.00m, r.FinalEquity);
        Assert.Equal(OrderStatus.Filled, Assert.Single(r.Orders).Status);
        // Drawdown from the 100 089 peak to 99 789: 300 / 100 089.
        Assert.Equal(300m / 100_089m, r.MaxDrawdown);
        Assert.Empty(r.Trades);
    }

    [Fact]
    public void MarketBuy_SameBarClose_FillsAtTheCloseTheStrategySaw()
    {
        // Buys 10 after day 0 at its close 100.50: cash 100 000 − 1 005 = 98 995; commission 5 bp of 1 005 = 0.5025.
        var strategy = new ScriptedStrategy((0, OrderRequest.Market(s_spy, OrderSide.Buy, 10m)));
        var options = new BacktestOptions { MarketFill = MarketFillTiming.SameBarClose, Commission = new BasisPointsCommission(5m) };
        BacktestResult r = Backtest.Run(strategy, [Feed(
            SyntheticBars.Day(0, 100.00, 101.00, 99.50, 100.50),
            SyntheticBars.Day(1, 101.00, 102.50, 100.80, 102.00))], options);
        Fill fill = Assert.Single(r.Fills);
        Assert.Equal(100.50m, fill.Price);
        Assert.Equal(0.5025m, fill.Commission);
        Assert.Equal(SyntheticBars.Start.AddDays(1), fill.Time);
        Assert.Equal(98_994.4975m, r.FinalCash);
    }

    [Fact]
    public void RoundTrip_BuyThenSell_RecordsPnlExcursionsAndHoldingPeriod()
    {
        // Buy 10 at day 1 open 101; sell 10 at day 3 open 104. Commission 1.00 per fill (per contract 0.10 × 10).
        // P&L = 10 × (104 − 101) − 2 = 28; return 28 / 1 010. Lows/highs while open (days 1–3): low 99.00, high 106.00
        // MAE = 10 × (99 − 101) = −20; MFE = 10 × (106 − 101) = 50. Holding 2 days.
        var strategy = new ScriptedStrategy(
            (0, OrderRequest.Market(s_spy, OrderSide.Buy, 10m)),
            (2, OrderRequest.Market(s_spy, OrderSide.Sell, 10m)));
        BacktestResult r = Backtest.Run(strategy, [Feed(
            SyntheticBars.Day(0, 100, 101, 99, 100),
            SyntheticBars.Day(1, 101, 103, 99, 102),
            SyntheticBars.Day(2, 102, 106, 101, 105),
            SyntheticBars.Day(3, 104, 105, 103, 104))], new BacktestOptions { Commission = new PerContractCommission(0.10m) });
        RoundTrip t = Assert.Single(r.Trades);
        Assert.Equal(10m, t.Quantity);
        Assert.Equal(101m, t.EntryPrice);
        Assert.Equal(104m, t.ExitPrice);
        Assert.Equal(28m, t.Pnl);
        Assert.Equal(28m / 1_010m, t.Return);
        Assert.Equal(-20m, t.MaximumAdverseExcursion);
        Assert.Equal(50m, t.MaximumFavorableExcursion);
        Assert.Equal(TimeSpan.FromDays(2), t.HoldingPeriod);
        Assert.Equal(100_028m, r.FinalEquity);
    }

    [Fact]
    public void FlipThroughZeroAndCancel_SplitsRoundTripsAndCancelsWorkingOrder()
    {
        // Opens: day 1 101, day 2 102, day 3 104. No costs.
        // Buy 10 @ 101 (day 1); sell 30 @ 102 (day 2): closes the long, P&L 10 × (102 − 101) = 10, opens short 20 @ 102;
        // buy 20 @ 104 (day 3): closes the short, P&L 20 × (102 − 104) = −40. Equity 100 000 + 10 − 40 = 99 970.
        // A buy limit at 50 submitted after day 0 is cancelled after day 1 and never fills.
        var strategy = new CancellingStrategy();
        BacktestResult r = Backtest.Run(strategy, [Feed(
            SyntheticBars.Day(0, 100, 101, 99, 100),
            SyntheticBars.Day(1, 101, 103, 99, 102),
            SyntheticBars.Day(2, 102, 106, 101, 105),
            SyntheticBars.Day(3, 104, 105, 103, 104))]);
        Assert.Equal(2, r.Trades.Count);
        Assert.Equal((10m, 101m, 102m, 10m), (r.Trades[0].Quantity, r.Trades[0].EntryPrice, r.Trades[0].ExitPrice, r.Trades[0].Pnl));
        Assert.Equal((-20m, 102m, 104m, -40m), (r.Trades[1].Quantity, r.Trades[1].EntryPrice, r.Trades[1].ExitPrice, r.Trades[1].Pnl));
        // Short MFE uses the lowest low while open (days 2 and 3: 101): 20 × (102 − 101) = 20; MAE the highest high 106: −80.
        Assert.Equal((-80m, 20m), (r.Trades[1].MaximumAdverseExcursion, r.Trades[1].MaximumFavorableExcursion));
        Assert.Equal(99_970m, r.FinalEquity);
        Assert.Equal(OrderStatus.Cancelled, r.Orders[1].Status);
        Assert.Equal("cancelled by the strategy", r.Orders[1].Reason);
    }

    private sealed class CancellingStrategy : Strategy
    {
        private int _bar;
        private long _limitId;

        public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
        {
            switch (_bar++)
            {
                case 0:
                    context.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m));
                    _limitId = context.Submit(OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 50m)).OrderId;
                    break;
                case 1:
                    Assert.True(context.Cancel(_limitId));
                    Assert.False(context.Cancel(_limitId));
                    context.Submit(OrderRequest.Market(s_spy, OrderSide.Sell, 30m));
                    break;
                case 2:
                    Assert.Equal(-20m, context.Position(0));
                    context.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 20m));
                    break;
            }
        }
    }
}
