using System.Globalization;
using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Costs;
using Bastion.Engine.Results;
using Bastion.Engine.Strategies;

namespace Bastion.Engine.Tests;

/// <summary>
/// Golden master: four synthetic symbols (seeds 1–4, 750 daily bars, GBM on a cent grid), every built-in strategy
/// with Interactive Brokers fixed commissions and 5 bp slippage. The expected hashes and statistics were recorded
/// from the first run of this version; a change means the engine's behaviour changed and must be explained.
/// Each run is also cross-checked by independent accounting from its own fills.
/// </summary>
public sealed class GoldenMasterTests
{
    private static readonly BacktestOptions s_options = new()
    {
        InitialCash = 1_000_000m,
        Commission = PerShareCommission.InteractiveBrokersFixed,
        SlippageBasisPoints = 5m,
    };

    internal static BarFeed[] Feeds()
    {
        string[] names = ["AAA", "BBB", "CCC", "DDD"];
        var feeds = new BarFeed[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            double drift = 0.0002 * (i - 1);
            feeds[i] = new BarFeed(new Equity(Symbol.Create(names[i])), SyntheticBars.Daily((ulong)(i + 1), 750, 50 + (25 * i), drift, 0.012 + (0.004 * i)));
        }

        return feeds;
    }

    [Theory]
    [InlineData("buy-and-hold", "", "1e5ee56e736e9ccab77f748dce3d34952c437e802e2cdf4a027713b0485a65cd", 4, 0, "2127652.81", "0.149542", "63.47")]
    [InlineData("equal-weight", "", "7a56603a0e18b70edcea1c9e4c048f74dbf37f037ddcbaaf9b9e8d1638b270f5", 100, 0, "2153008.49", "0.145757", "217.63")]
    [InlineData("sma-cross", "fast=10,slow=40", "0aaff14f39a0a5f56ee4508c5b2f4df29b186b09c96f127e64e6841cd3f0cd59", 100, 49, "1285110.20", "0.111956", "1606.35")]
    [InlineData("momentum", "lookback=60,top=2", "5a4ee856dc2856c48f3db5b4978357a19bb75f33d0bff1bb8823315f1ae9d1c7", 61, 15, "1916965.79", "0.205515", "1158.89")]
    public void BuiltInStrategy_FixedData_ReproducesHashAndStatistics(
        string name, string parameters, string hash, int orders, int trades, string finalEquity, string maxDrawdown, string costs)
    {
        var p = StrategyRegistry.ParseParameters(parameters.Split(',', StringSplitOptions.RemoveEmptyEntries));
        BacktestResult r = Backtest.Run(StrategyRegistry.Create(name, p), Feeds(), s_options);
        BacktestResult again = Backtest.Run(StrategyRegistry.Create(name, p), Feeds(), s_options);
        Assert.Equal(r.OrderListHash, again.OrderListHash);
        CrossCheck(r);
        Assert.Equal(hash, r.OrderListHash);
        Assert.Equal(orders, r.Orders.Count);
        Assert.Equal(trades, r.Trades.Count);
        Assert.Equal(finalEquity, r.FinalEquity.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Equal(maxDrawdown, r.MaxDrawdown.ToString("0.000000", CultureInfo.InvariantCulture));
        Assert.Equal(costs, r.TotalCosts.ToString("0.00", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("sma-cross", "fast=10,slow=40")]
    [InlineData("momentum", "lookback=60,top=2")]
    public void OrderListHash_StreamedLineByLine_EqualsSha256OfCanonicalText(string name, string parameters)
    {
        var p = StrategyRegistry.ParseParameters(parameters.Split(',', StringSplitOptions.RemoveEmptyEntries));
        BacktestResult r = Backtest.Run(StrategyRegistry.Create(name, p), Feeds(), s_options);
        string text = OrderListHash.CanonicalText(r.Orders);
        Assert.Equal(r.Orders.Count, text.Count(c => c == '\n'));
        string expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, OrderListHash.Compute(r.Orders));
    }

    [Fact]
    public void CanonicalText_OneOrder_IsTheDocumentedLine()
    {
        // Written out by hand from the format in OrderListHash's summary: decimals without trailing zeros (zero of any
        // scale or sign is "0"), missing values empty, times as UTC ticks, enums by name.
        var spy = new Equity(Symbol.Create("SPY"));
        var t0 = new DateTimeOffset(2024, 1, 2, 15, 0, 0, TimeSpan.Zero);
        var blotter = new Blotter();
        Order o = blotter.Submit(OrderRequest.Limit(spy.Symbol, OrderSide.Buy, 10.00m, 100.2500m, TimeInForce.Day), spy, t0);
        var negativeZero = new decimal(0, 0, 0, isNegative: true, scale: 3);
        blotter.Apply(new OrderFilled(o.Id, t0.AddMinutes(1), new Fill(o.Id, spy.Symbol, OrderSide.Buy, 10.00m, 100.2500m, 0.000m, negativeZero, spy.QuoteCurrency, t0.AddMinutes(1))));
        Assert.Equal(
            $"1|B1|SPY|Buy|Limit|Day|10|100.25|||||{t0.UtcTicks}|Filled|10|100.25|0|0|{t0.AddMinutes(1).UtcTicks}\n",
            OrderListHash.CanonicalText(blotter.Orders));
    }

    /// <summary>Recomputes cash, positions and equity from the fills and the last closes, independently of the engine's account.</summary>
    private static void CrossCheck(BacktestResult r)
    {
        decimal cash = r.Options.InitialCash;
        var qty = new Dictionary<Symbol, decimal>();
        foreach (Fill f in r.Fills)
        {
            cash -= (f.SignedQuantity * f.Price) + f.Commission + f.Fees;
            qty[f.Symbol] = qty.GetValueOrDefault(f.Symbol) + f.SignedQuantity;
            Assert.Equal(f.Price, decimal.Round(f.Price, 2)); // on the tick
            Assert.Equal(PerShareCommission.InteractiveBrokersFixed.Commission(new Equity(f.Symbol), f.Quantity, f.Price), f.Commission);
        }

        Assert.Equal(cash, r.FinalCash);
        decimal equity = cash;
        foreach (BarFeed feed in Feeds())
        {
            Bar last = feed.Bars.Last();
            equity += qty.GetValueOrDefault(feed.Instrument.Symbol) * (decimal)last.Close;
        }

        Assert.Equal(equity, r.FinalEquity);
        Assert.Equal(r.FinalEquity, r.EquityCurve[^1].Equity);
        Assert.Equal(750, r.EquityCurve.Count);
        Assert.All(r.Orders, o => Assert.True(o.Status is OrderStatus.Filled, $"order {o.Id} is {o.Status}"));
        Assert.True(r.Trades.All(t => t.MaximumAdverseExcursion <= 0m && t.MaximumFavorableExcursion >= 0m && t.ExitTime >= t.EntryTime));
    }
}
