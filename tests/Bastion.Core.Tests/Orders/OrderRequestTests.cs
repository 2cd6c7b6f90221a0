using Bastion.Core.Instruments;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Core.Tests.Orders;

public sealed class OrderRequestTests
{
    private static readonly Symbol s_spy = Symbol.Create("SPY");
    private static readonly Equity s_equity = new(s_spy);

    [Fact]
    public void TryValidate_GoodRequestsOfEveryType_Pass()
    {
        OrderRequest[] good =
        [
            OrderRequest.Market(s_spy, OrderSide.Buy, 10m),
            OrderRequest.Limit(s_spy, OrderSide.Sell, 10m, 101.25m),
            OrderRequest.Stop(s_spy, OrderSide.Sell, 10m, 99.50m),
            OrderRequest.StopLimit(s_spy, OrderSide.Buy, 10m, 100m, 100.5m),
            OrderRequest.TrailingStopByAmount(s_spy, OrderSide.Sell, 10m, 2m),
            OrderRequest.TrailingStopByPercent(s_spy, OrderSide.Sell, 10m, 0.05m),
            OrderRequest.MarketOnOpen(s_spy, OrderSide.Buy, 1m),
            OrderRequest.MarketOnClose(s_spy, OrderSide.Sell, 1m),
            OrderRequest.Market(s_spy, OrderSide.Buy, 10m) with { TimeInForce = TimeInForce.GoodTillDate, ExpiryUtc = DateTimeOffset.UnixEpoch },
        ];
        foreach (OrderRequest r in good)
        {
            Assert.True(r.TryValidate(s_equity, out string reason), $"{r.Type}: {reason}");
        }
    }

    [Theory]
    [InlineData("zero-qty", "quantity 0 must be positive")]
    [InlineData("fraction", "not a whole number of lots")]
    [InlineData("limit-missing", "needs a limit price")]
    [InlineData("limit-negative", "limit price -1 must be positive")]
    [InlineData("limit-off-tick", "not a multiple of the tick size")]
    [InlineData("gtd-no-expiry", "needs an expiry")]
    [InlineData("expiry-on-gtc", "only good-till-date")]
    [InlineData("trailing-both", "exactly one")]
    [InlineData("trailing-percent", "between 0 and 1")]
    [InlineData("stop-on-market", "takes no stop price")]
    public void TryValidate_BadRequest_FailsWithReason(string kind, string expected)
    {
        OrderRequest r = kind switch
        {
            "zero-qty" => OrderRequest.Market(s_spy, OrderSide.Buy, 0m),
            "fraction" => OrderRequest.Market(s_spy, OrderSide.Buy, 1.5m),
            "limit-missing" => OrderRequest.Market(s_spy, OrderSide.Buy, 1m) with { Type = OrderType.Limit },
            "limit-negative" => OrderRequest.Limit(s_spy, OrderSide.Buy, 1m, -1m),
            "limit-off-tick" => OrderRequest.Limit(s_spy, OrderSide.Buy, 1m, 100.005m),
            "gtd-no-expiry" => OrderRequest.Market(s_spy, OrderSide.Buy, 1m, TimeInForce.GoodTillDate),
            "expiry-on-gtc" => OrderRequest.Market(s_spy, OrderSide.Buy, 1m) with { ExpiryUtc = DateTimeOffset.UnixEpoch },
            "trailing-both" => OrderRequest.TrailingStopByAmount(s_spy, OrderSide.Sell, 1m, 1m) with { TrailingPercent = 0.1m },
            "trailing-percent" => OrderRequest.TrailingStopByPercent(s_spy, OrderSide.Sell, 1m, 1.5m),
            _ => OrderRequest.Market(s_spy, OrderSide.Buy, 1m) with { StopPrice = 5m },
        };
        Assert.False(r.TryValidate(s_equity, out string reason));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_OptionalPricesAndExpiry_CompareByValue()
    {
        var expiry = new DateTimeOffset(2024, 3, 1, 21, 0, 0, TimeSpan.Zero);
        OrderRequest limit = OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 100.25m);
        Assert.Equal(limit, OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 100.25m));
        Assert.Equal(limit.GetHashCode(), OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 100.25m).GetHashCode());
        Assert.NotEqual(limit, OrderRequest.Limit(s_spy, OrderSide.Buy, 10m, 100.26m));

        // Setting a price and taking it away again is the same request as never setting it.
        OrderRequest market = OrderRequest.Market(s_spy, OrderSide.Buy, 10m);
        OrderRequest roundTrip = market with { StopPrice = 5m } with { StopPrice = null };
        Assert.Equal(market, roundTrip);
        Assert.Equal(market.GetHashCode(), roundTrip.GetHashCode());
        Assert.Null(roundTrip.StopPrice);

        // Every optional value keeps what was set, independently of the others.
        OrderRequest gtd = OrderRequest.StopLimit(s_spy, OrderSide.Sell, 3m, 99m, 98.5m, TimeInForce.GoodTillDate) with { ExpiryUtc = expiry };
        Assert.Equal((99m, 98.5m, (decimal?)null, (decimal?)null, expiry), (gtd.StopPrice!.Value, gtd.LimitPrice!.Value, gtd.TrailingAmount, gtd.TrailingPercent, gtd.ExpiryUtc!.Value));
        Assert.True(gtd.TryValidate(s_equity, out _));
        OrderRequest trail = OrderRequest.TrailingStopByPercent(s_spy, OrderSide.Sell, 3m, 0.05m);
        Assert.Equal((null, null, null, 0.05m), (trail.LimitPrice, trail.StopPrice, trail.TrailingAmount, trail.TrailingPercent));
        Assert.NotEqual(trail, OrderRequest.TrailingStopByAmount(s_spy, OrderSide.Sell, 3m, 0.05m));
    }
}
