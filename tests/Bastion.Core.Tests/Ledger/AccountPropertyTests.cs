using Bastion.Core.Instruments;
using Bastion.Core.Ledger;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Ledger;

/// <summary>Accounting invariants over random sequences of fills, splits and dividends.</summary>
public sealed class AccountPropertyTests
{
    private static readonly Symbol s_x = Symbol.Create("X");
    private static readonly Equity s_equity = new(s_x);
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Kind 0–5 = buy/sell fill, 6 = split, 7 = dividend; quantity 1–200; price in cents 1–50 000; cost in cents 0–500.</summary>
    private static Gen<(int Kind, int Qty, int Cents, int Cost)[]> Ops() =>
        Gen.ArrayOf(
            from kind in Gen.Choose(0, 7)
            from qty in Gen.Choose(1, 200)
            from cents in Gen.Choose(1, 50_000)
            from cost in Gen.Choose(0, 500)
            select (kind, qty, cents, cost));

    [Fact]
    public void Account_RandomSequences_CashPositionAndPnlInvariantsHold()
    {
        Prop.ForAll(Ops().ToArbitrary(), Gen.Choose(1, 50_000).ToArbitrary(), (ops, markCents) =>
        {
            var a = new Account(Currency.Usd);
            const decimal Initial = 1_000_000m;
            a.Deposit(Currency.Usd, Initial);
            decimal expectedCash = Initial, expectedQty = 0m, costs = 0m, dividends = 0m;
            foreach ((int kind, int qty, int cents, int cost) in ops)
            {
                decimal price = cents / 100m;
                if (kind <= 5)
                {
                    OrderSide side = kind % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
                    var fill = new Fill(1, s_x, side, qty, price, cost / 100m, cost / 1000m, Currency.Usd, s_t0);
                    a.ApplyFill(fill, s_equity);
                    expectedCash -= (fill.SignedQuantity * price) + fill.Commission + fill.Fees;
                    expectedQty += fill.SignedQuantity;
                    costs += fill.Commission + fill.Fees;
                }
                else if (kind == 6)
                {
                    decimal ratio = 1 + (qty % 3);
                    decimal before = a.TryGetPosition(s_x, out Position p0) ? p0.MarketValue(price) : 0m;
                    a.ApplySplit(s_x, ratio);
                    decimal after = a.TryGetPosition(s_x, out Position p1) ? p1.MarketValue(price / ratio) : 0m;
                    if (Math.Abs(before - after) > 1e-12m)
                    {
                        return false; // a split must preserve market value at the split-adjusted price
                    }

                    expectedQty *= ratio;
                }
                else
                {
                    decimal amount = a.ApplyDividend(s_x, price / 100m, Currency.Usd);
                    expectedCash += expectedQty * (price / 100m);
                    dividends += amount;
                }
            }

            decimal mark = markCents / 100m;
            decimal equity = a.Equity(new Dictionary<Symbol, decimal> { [s_x] = mark }, new Dictionary<Currency, decimal>());
            decimal pnl = a.RealizedPnl(Currency.Usd) + a.UnrealizedPnl(s_x, mark) - costs + dividends;
            return a.Cash(Currency.Usd) == expectedCash
                && a.Quantity(s_x) == expectedQty
                && a.Costs(Currency.Usd) == costs
                && Math.Abs(pnl - (equity - Initial)) < 1e-12m;
        }).QuickCheckThrowOnFailure();
    }
}
