using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Costs;
using Bastion.Engine.Results;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Engine.Tests;

/// <summary>Invariants of any run: random order scripts over seeded synthetic bars.</summary>
public sealed class EnginePropertyTests
{
    private static readonly Symbol s_x = Symbol.Create("X");

    [Fact]
    public void RandomOrders_FillsStayInTheirBarAndCashIsConserved()
    {
        Bar[] bars = SyntheticBars.Daily(7, 60).ToArray();
        Gen<(int Bar, int Kind, int Qty, int Offset)[]> script = Gen.ArrayOf(
            from bar in Gen.Choose(0, 58)
            from kind in Gen.Choose(0, 9)
            from qty in Gen.Choose(1, 50)
            from offset in Gen.Choose(-300, 300)
            select (bar, kind, qty, offset));
        Prop.ForAll(script.ToArbitrary(), steps =>
        {
            var requests = new (int, OrderRequest)[steps.Length];
            for (int i = 0; i < steps.Length; i++)
            {
                (int bar, int kind, int qty, int offset) = steps[i];
                decimal level = decimal.Round((decimal)bars[bar].Close * (1m + (offset / 10_000m)), 2);
                OrderSide side = kind % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
                requests[i] = (bar, (kind / 2) switch
                {
                    0 => OrderRequest.Market(s_x, side, qty),
                    1 => OrderRequest.Limit(s_x, side, qty, level),
                    2 => OrderRequest.Stop(s_x, side, qty, level),
                    3 => OrderRequest.StopLimit(s_x, side, qty, level, level),
                    _ => OrderRequest.TrailingStopByPercent(s_x, side, qty, 0.02m),
                });
            }

            BacktestResult r = Backtest.Run(new ScriptedStrategy(requests), [new BarFeed(new Equity(s_x), bars)],
                new BacktestOptions { Commission = new BasisPointsCommission(3m) });
            decimal cash = r.Options.InitialCash, position = 0m;
            foreach (Fill f in r.Fills)
            {
                Order o = r.Orders[(int)f.OrderId - 1];
                // The fill's bar contains its time: open fills are stamped at its start, others at its end. With
                // back-to-back daily bars one instant is both, so either bar may be the one; it must have started
                // at or after the submission and its range must hold the price.
                bool inSomeBar = bars.Any(b =>
                    (f.Time.UtcTicks == b.StartUtcTicks || (f.Time.UtcTicks == b.EndUtcTicks && o.Request.Type != OrderType.Market))
                    && b.StartUtcTicks >= o.SubmittedAt.UtcTicks && f.Price >= (decimal)b.Low && f.Price <= (decimal)b.High);
                if (!inSomeBar || f.Time < o.SubmittedAt)
                {
                    return false;
                }

                cash -= (f.SignedQuantity * f.Price) + f.Commission;
                position += f.SignedQuantity;
            }

            return cash == r.FinalCash && r.FinalEquity == cash + (position * (decimal)bars[^1].Close);
        }).QuickCheckThrowOnFailure();
    }
}
