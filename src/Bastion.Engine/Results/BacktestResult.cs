using Bastion.Core.Ledger;
using Bastion.Core.Orders;

namespace Bastion.Engine.Results;

/// <summary>
/// Everything a backtest produced. Money in the base currency unless said otherwise. Immutable once returned.
/// </summary>
public sealed class BacktestResult
{
    private string? _orderListHash;

    internal BacktestResult(
        BacktestOptions options,
        IReadOnlyList<EquityPoint> equityCurve,
        IReadOnlyList<RoundTrip> trades,
        IReadOnlyList<Order> orders,
        IReadOnlyList<OrderEvent> orderEvents,
        IReadOnlyList<Fill> fills,
        IReadOnlyList<Position> finalPositions,
        decimal finalEquity,
        decimal finalCash,
        long barsProcessed)
    {
        Options = options;
        EquityCurve = equityCurve;
        Trades = trades;
        Orders = orders;
        OrderEvents = orderEvents;
        Fills = fills;
        FinalPositions = finalPositions;
        FinalEquity = finalEquity;
        FinalCash = finalCash;
        BarsProcessed = barsProcessed;
        decimal peak = options.InitialCash;
        decimal worst = 0m;
        foreach (EquityPoint p in equityCurve)
        {
            peak = Math.Max(peak, p.Equity);
            if (peak > 0m)
            {
                worst = Math.Max(worst, (peak - p.Equity) / peak);
            }
        }

        MaxDrawdown = worst;
        decimal costs = 0m;
        foreach (Fill f in fills)
        {
            costs += f.Commission + f.Fees;
        }

        TotalCosts = costs;
    }

    /// <summary>The options the run used.</summary>
    public BacktestOptions Options { get; }

    /// <summary>Equity and cash over time (sampled as <see cref="BacktestOptions.EquitySampling"/> says).</summary>
    public IReadOnlyList<EquityPoint> EquityCurve { get; }

    /// <summary>Closed round trips, in the order they closed.</summary>
    public IReadOnlyList<RoundTrip> Trades { get; }

    /// <summary>Every order with its final state, in id order.</summary>
    public IReadOnlyList<Order> Orders { get; }

    /// <summary>Every order event, in the order applied.</summary>
    public IReadOnlyList<OrderEvent> OrderEvents { get; }

    /// <summary>Every fill, in time order.</summary>
    public IReadOnlyList<Fill> Fills { get; }

    /// <summary>Positions at the end (flat ones included).</summary>
    public IReadOnlyList<Position> FinalPositions { get; }

    /// <summary>
    /// SHA-256 of the canonical order list (<see cref="Results.OrderListHash"/>): same inputs, same hash. Computed on
    /// first read (it formats every order), so a caller that does not need it does not pay for it.
    /// </summary>
    public string OrderListHash => _orderListHash ??= Results.OrderListHash.Compute(Orders);

    /// <summary>Equity at the end, marked at the last closes.</summary>
    public decimal FinalEquity { get; }

    /// <summary>Cash at the end.</summary>
    public decimal FinalCash { get; }

    /// <summary>Final equity ÷ initial cash − 1 (a simple fraction); 0 when the initial cash is 0.</summary>
    public decimal TotalReturn => Options.InitialCash == 0m ? 0m : (FinalEquity / Options.InitialCash) - 1m;

    /// <summary>Largest peak-to-trough fall of the equity curve as a positive fraction of the peak.</summary>
    public decimal MaxDrawdown { get; }

    /// <summary>Commissions and fees paid.</summary>
    public decimal TotalCosts { get; }

    /// <summary>Bars replayed.</summary>
    public long BarsProcessed { get; }
}
