using Bastion.Core.Instruments;
using Bastion.Core.Ledger;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Core.Tests.Ledger;

public sealed class AccountTests
{
    private static readonly Symbol s_spy = Symbol.Create("SPY");
    private static readonly Equity s_equity = new(s_spy);
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 15, 0, 0, TimeSpan.Zero);

    private static Fill F(OrderSide side, decimal qty, decimal price, decimal commission = 0m, Symbol? symbol = null, Currency? ccy = null) =>
        new(1, symbol ?? s_spy, side, qty, price, commission, 0m, ccy ?? Currency.Usd, s_t0);

    [Fact]
    public void ApplyFill_BuyAddSellFlipCover_HandWorked()
    {
        var a = new Account(Currency.Usd);
        a.Deposit(Currency.Usd, 10_000m);
        // Buy 10 @ 100, commission 1: cash 10 000 − 1 000 − 1 = 8 999; avg 100.
        Assert.Equal(0m, a.ApplyFill(F(OrderSide.Buy, 10m, 100m, 1m), s_equity));
        // Buy 10 @ 110: avg (10×100 + 10×110)/20 = 105; cash 8 999 − 1 100 = 7 899.
        a.ApplyFill(F(OrderSide.Buy, 10m, 110m), s_equity);
        Assert.True(a.TryGetPosition(s_spy, out Position p));
        Assert.Equal(105m, p.AverageCost);
        Assert.Equal(7_899m, a.Cash(Currency.Usd));
        // Sell 5 @ 120: realized 5 × (120 − 105) = 75; avg stays 105; cash 7 899 + 600 = 8 499.
        Assert.Equal(75m, a.ApplyFill(F(OrderSide.Sell, 5m, 120m), s_equity));
        // Sell 25 @ 100: closes 15 → realized 15 × (100 − 105) = −75; opens short 10 @ 100; cash 8 499 + 2 500 = 10 999.
        Assert.Equal(-75m, a.ApplyFill(F(OrderSide.Sell, 25m, 100m), s_equity));
        a.TryGetPosition(s_spy, out p);
        Assert.Equal(-10m, p.Quantity);
        Assert.Equal(100m, p.AverageCost);
        Assert.Equal(10_999m, a.Cash(Currency.Usd));
        // Short 10 @ 100 marked at 90: unrealized −10 × (90 − 100) = +100. Equity 10 999 − 900 = 10 099
        // = 10 000 + realized 0 + unrealized 100 − commission 1.
        Assert.Equal(100m, a.UnrealizedPnl(s_spy, 90m));
        decimal equity = a.Equity(new Dictionary<Symbol, decimal> { [s_spy] = 90m }, new Dictionary<Currency, decimal>());
        Assert.Equal(10_099m, equity);
        // Cover 10 @ 95: realized 10 × (100 − 95) = 50; flat, avg 0; cash 10 999 − 950 = 10 049.
        Assert.Equal(50m, a.ApplyFill(F(OrderSide.Buy, 10m, 95m), s_equity));
        a.TryGetPosition(s_spy, out p);
        Assert.Equal(0m, p.Quantity);
        Assert.Equal(0m, p.AverageCost);
        Assert.Equal(50m, p.RealizedPnl);
        Assert.Equal(10_049m, a.Cash(Currency.Usd));
        Assert.Equal(1m, a.Costs(Currency.Usd));
    }

    [Fact]
    public void ApplySplitAndDividend_HandWorked()
    {
        var a = new Account(Currency.Usd);
        a.ApplyFill(F(OrderSide.Buy, 100m, 50m), s_equity);
        // 2-for-1: 200 shares at 25, no cash change (−5 000 stays).
        a.ApplySplit(s_spy, 2m);
        a.TryGetPosition(s_spy, out Position p);
        Assert.Equal(200m, p.Quantity);
        Assert.Equal(25m, p.AverageCost);
        Assert.Equal(-5_000m, a.Cash(Currency.Usd));
        // Dividend 0.30 per share: 200 × 0.30 = 60 received.
        Assert.Equal(60m, a.ApplyDividend(s_spy, 0.30m, Currency.Usd));
        Assert.Equal(-4_940m, a.Cash(Currency.Usd));
        // Go short 300 (sell 500): a short pays the dividend, −300 × 0.30 = −90.
        a.ApplyFill(F(OrderSide.Sell, 500m, 25m), s_equity);
        Assert.Equal(-90m, a.ApplyDividend(s_spy, 0.30m, Currency.Usd));
        Assert.Equal(-30m, a.Dividends(Currency.Usd));
    }

    [Fact]
    public void Equity_MultiCurrency_ConvertsWithRatesAndNamesMissingRate()
    {
        var a = new Account(Currency.Usd);
        var sap = new Equity(Symbol.Create("SAP"), Currency.Eur);
        a.Deposit(Currency.Usd, 1_000m);
        a.Deposit(Currency.Eur, 2_000m);
        a.ApplyFill(F(OrderSide.Buy, 10m, 150m, 2m, sap.Symbol, Currency.Eur), sap);
        // EUR cash 2 000 − 1 500 − 2 = 498; position 10 × 160 = 1 600 EUR; at 1.10 USD/EUR: (498 + 1 600) × 1.10 = 2 307.8; + 1 000 USD.
        var rates = new Dictionary<Currency, decimal> { [Currency.Eur] = 1.10m };
        decimal equity = a.Equity(new Dictionary<Symbol, decimal> { [sap.Symbol] = 160m }, rates);
        Assert.Equal(3_307.8m, equity);
        var ex = Assert.Throws<InvalidOperationException>(() => a.CashInBase(new Dictionary<Currency, decimal>()));
        Assert.Contains("no FX rate from EUR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyFill_CurrencyOtherThanInstruments_Throws()
    {
        var a = new Account(Currency.Usd);
        Assert.Throws<ArgumentException>(() => a.ApplyFill(F(OrderSide.Buy, 1m, 1m, ccy: Currency.Eur), s_equity));
    }
}
