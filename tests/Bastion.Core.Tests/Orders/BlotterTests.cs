using Bastion.Core.Instruments;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Core.Tests.Orders;

public sealed class BlotterTests
{
    private static readonly Symbol s_spy = Symbol.Create("SPY");
    private static readonly Equity s_equity = new(s_spy);
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 15, 0, 0, TimeSpan.Zero);

    private static Fill FillOf(Order o, decimal qty, decimal price, int minutes) =>
        new(o.Id, s_spy, o.Request.Side, qty, price, 1m, 0.1m, Currency.Usd, s_t0.AddMinutes(minutes));

    [Fact]
    public void Submit_DuplicateClientId_IsRejectedAndFirstOrderUntouched()
    {
        var blotter = new Blotter();
        Order first = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m, clientOrderId: "abc"), s_equity, s_t0);
        Order second = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m, clientOrderId: "abc"), s_equity, s_t0);
        Assert.Equal(OrderStatus.Accepted, first.Status);
        Assert.Equal(OrderStatus.Rejected, second.Status);
        Assert.Contains("duplicate client order id 'abc'", second.Reason, StringComparison.Ordinal);
        Assert.True(blotter.TryGetByClientId("abc", out Order found));
        Assert.Same(first, found);
    }

    [Fact]
    public void Submit_InvalidRequest_RejectedWithReasonAndEventsRecorded()
    {
        var blotter = new Blotter();
        Order o = blotter.Submit(OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 0m), s_equity, s_t0);
        Assert.Equal(OrderStatus.Rejected, o.Status);
        Assert.Contains("limit price 0 must be positive", o.Reason, StringComparison.Ordinal);
        Assert.IsType<OrderSubmitted>(blotter.Events[0]);
        Assert.IsType<OrderRejected>(blotter.Events[1]);
        Assert.Equal("B1", o.Request.ClientOrderId);
    }

    [Fact]
    public void NextClientOrderId_IsWhatTheNextOrderWithoutOneGets()
    {
        var blotter = new Blotter();
        Assert.Equal("B1", blotter.NextClientOrderId());
        Order auto = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m), s_equity, s_t0);
        Assert.Equal("B1", auto.Request.ClientOrderId);
        string next = blotter.NextClientOrderId();
        Assert.Equal("B2", next);
        OrderRequest given = OrderRequest.Market(s_spy, OrderSide.Sell, 10m, clientOrderId: next);
        Order explicitId = blotter.Submit(given, s_equity, s_t0);
        Assert.Same(given, explicitId.Request); // nothing to fill in: the request is kept as it is
        Assert.Equal(OrderStatus.Accepted, explicitId.Status);
        Assert.Equal("B3", blotter.NextClientOrderId());
    }

    [Fact]
    public void Apply_PartialThenFinalFill_AveragesPriceAndCompletes()
    {
        var blotter = new Blotter();
        Order o = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m), s_equity, s_t0);
        blotter.Apply(new OrderPartiallyFilled(o.Id, s_t0.AddMinutes(1), FillOf(o, 4m, 100m, 1)));
        Assert.Equal(OrderStatus.PartiallyFilled, o.Status);
        Assert.Equal(6m, o.RemainingQuantity);
        blotter.Apply(new OrderFilled(o.Id, s_t0.AddMinutes(2), FillOf(o, 6m, 101m, 2)));
        // (4 × 100 + 6 × 101) / 10 = 1006 / 10 = 100.6
        Assert.Equal(100.6m, o.AverageFillPrice);
        Assert.Equal(OrderStatus.Filled, o.Status);
        Assert.Equal(2m, o.Commission);
        Assert.Equal(0.2m, o.Fees);
        Assert.Equal(0m, o.RemainingQuantity);
    }

    [Fact]
    public void Apply_IllegalTransitions_AreRefusedAndChangeNothing()
    {
        var blotter = new Blotter();
        Order o = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m), s_equity, s_t0);
        Assert.False(blotter.TryApply(new OrderFilled(o.Id, s_t0, FillOf(o, 5m, 100m, 0)), out string e1));
        Assert.Contains("must equal the remaining 10", e1, StringComparison.Ordinal);
        Assert.False(blotter.TryApply(new OrderPartiallyFilled(o.Id, s_t0, FillOf(o, 10m, 100m, 0)), out _));
        Assert.False(blotter.TryApply(new OrderAccepted(o.Id, s_t0), out _));
        blotter.Apply(new OrderCancelled(o.Id, s_t0.AddMinutes(1), "test"));
        int events = blotter.Events.Count;
        Assert.Throws<InvalidOperationException>(() => blotter.Apply(new OrderFilled(o.Id, s_t0.AddMinutes(2), FillOf(o, 10m, 100m, 2))));
        Assert.False(blotter.TryApply(new OrderExpired(o.Id, s_t0.AddMinutes(3)), out _));
        Assert.False(blotter.TryApply(new OrderAccepted(99, s_t0), out string e2));
        Assert.Contains("no order 99", e2, StringComparison.Ordinal);
        Assert.Equal(events, blotter.Events.Count);
        Assert.Equal(OrderStatus.Cancelled, o.Status);
        Assert.Equal(0m, o.FilledQuantity);
    }

    [Fact]
    public void Apply_FillOfOtherSideOrEarlierTime_IsRefused()
    {
        var blotter = new Blotter();
        Order o = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, 10m), s_equity, s_t0);
        Fill wrongSide = FillOf(o, 10m, 100m, 1) with { Side = OrderSide.Sell };
        Assert.False(blotter.TryApply(new OrderFilled(o.Id, s_t0.AddMinutes(1), wrongSide), out _));
        Assert.False(blotter.TryApply(new OrderFilled(o.Id, s_t0.AddMinutes(-1), FillOf(o, 10m, 100m, -1)), out string e));
        Assert.Contains("earlier", e, StringComparison.Ordinal);
    }
}
