using Bastion.Core.Instruments;
using Bastion.Core.Symbols;

namespace Bastion.Core.Orders;

/// <summary>
/// What a strategy asks for: an immutable order request. Build one with the factories (<see cref="Market"/>,
/// <see cref="Limit"/>, ...) and check it against an instrument with <see cref="TryValidate"/>; a
/// <see cref="Blotter"/> rejects an invalid request with the reason. Quantity is positive and the side gives the
/// direction; prices are in the instrument's quote currency per unit.
/// </summary>
public sealed record OrderRequest
{
    // The optional prices and expiry live in a second object that market orders (most orders) do not need: a request
    // is then about 70 bytes instead of about 180. Records compare it by value, so equality is as if the fields were here.
    private Prices? _prices;

    /// <summary>The caller's id for the order; a second request with the same id is rejected (idempotent submission). Empty means "assign one".</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>Instrument to trade.</summary>
    public required Symbol Symbol { get; init; }

    /// <summary>Buy or sell.</summary>
    public required OrderSide Side { get; init; }

    /// <summary>Units to trade, positive, a whole number of lots.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>How the price is set.</summary>
    public required OrderType Type { get; init; }

    /// <summary>How long the order works; <see cref="Orders.TimeInForce.GoodTillCanceled"/> unless set.</summary>
    public TimeInForce TimeInForce { get; init; } = TimeInForce.GoodTillCanceled;

    /// <summary>Limit price (limit and stop-limit orders).</summary>
    public decimal? LimitPrice { get => _prices?.Limit; init => _prices = Prices.Of((_prices ?? Prices.None) with { Limit = value }); }

    /// <summary>Stop (trigger) price (stop and stop-limit orders).</summary>
    public decimal? StopPrice { get => _prices?.Stop; init => _prices = Prices.Of((_prices ?? Prices.None) with { Stop = value }); }

    /// <summary>Trailing distance in price units (trailing stop by amount).</summary>
    public decimal? TrailingAmount { get => _prices?.TrailingAmount; init => _prices = Prices.Of((_prices ?? Prices.None) with { TrailingAmount = value }); }

    /// <summary>Trailing distance as a fraction of the best price (0.05 = 5%) (trailing stop by percent).</summary>
    public decimal? TrailingPercent { get => _prices?.TrailingPercent; init => _prices = Prices.Of((_prices ?? Prices.None) with { TrailingPercent = value }); }

    /// <summary>Expiry, UTC (good-till-date orders only).</summary>
    public DateTimeOffset? ExpiryUtc { get => _prices?.Expiry; init => _prices = Prices.Of((_prices ?? Prices.None) with { Expiry = value }); }

    /// <summary>Quantity with sign: positive for a buy, negative for a sell.</summary>
    public decimal SignedQuantity => Side == OrderSide.Buy ? Quantity : -Quantity;

    /// <summary>A market order.</summary>
    public static OrderRequest Market(Symbol symbol, OrderSide side, decimal quantity, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.Market, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A limit order: buy at <paramref name="limitPrice"/> or lower, sell at it or higher.</summary>
    public static OrderRequest Limit(Symbol symbol, OrderSide side, decimal quantity, decimal limitPrice, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.Limit, LimitPrice = limitPrice, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A stop order: becomes a market order once the price trades at <paramref name="stopPrice"/> (at or above for a buy, at or below for a sell).</summary>
    public static OrderRequest Stop(Symbol symbol, OrderSide side, decimal quantity, decimal stopPrice, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.Stop, StopPrice = stopPrice, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A stop-limit order: becomes a limit order at <paramref name="limitPrice"/> once <paramref name="stopPrice"/> trades.</summary>
    public static OrderRequest StopLimit(Symbol symbol, OrderSide side, decimal quantity, decimal stopPrice, decimal limitPrice, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.StopLimit, StopPrice = stopPrice, LimitPrice = limitPrice, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A trailing stop whose stop price follows the best price by <paramref name="amount"/> price units.</summary>
    public static OrderRequest TrailingStopByAmount(Symbol symbol, OrderSide side, decimal quantity, decimal amount, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.TrailingStop, TrailingAmount = amount, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A trailing stop whose stop price follows the best price by the fraction <paramref name="percent"/> (0.05 = 5%).</summary>
    public static OrderRequest TrailingStopByPercent(Symbol symbol, OrderSide side, decimal quantity, decimal percent, TimeInForce timeInForce = TimeInForce.GoodTillCanceled, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.TrailingStop, TrailingPercent = percent, TimeInForce = timeInForce, ClientOrderId = clientOrderId };

    /// <summary>A market-on-open order: fills at the opening price of the next session.</summary>
    public static OrderRequest MarketOnOpen(Symbol symbol, OrderSide side, decimal quantity, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.MarketOnOpen, TimeInForce = TimeInForce.Day, ClientOrderId = clientOrderId };

    /// <summary>A market-on-close order: fills at the closing price of the session.</summary>
    public static OrderRequest MarketOnClose(Symbol symbol, OrderSide side, decimal quantity, string clientOrderId = "") =>
        new() { Symbol = symbol, Side = side, Quantity = quantity, Type = OrderType.MarketOnClose, TimeInForce = TimeInForce.Day, ClientOrderId = clientOrderId };

    /// <summary>
    /// Checks the request against the instrument it trades. False with a one-line <paramref name="reason"/> when the
    /// quantity is not positive or not a whole number of lots, a price the type needs is missing, not positive or off
    /// the tick, a price is given that the type does not use, the trailing distance is missing or invalid, or a
    /// good-till-date order has no expiry (or another time in force has one).
    /// </summary>
    public bool TryValidate(Instrument instrument, out string reason)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        reason = CheckOrNull(instrument) ?? string.Empty;
        return reason.Length == 0;
    }

    private string? CheckOrNull(Instrument instrument)
    {
        if (instrument.Symbol != Symbol)
        {
            return $"order is for {Symbol} but the instrument is {instrument.Symbol}";
        }

        if (Side is not (OrderSide.Buy or OrderSide.Sell))
        {
            return $"side {(int)Side} is not buy or sell";
        }

        if (Quantity <= 0m)
        {
            return $"quantity {Quantity} must be positive";
        }

        if (instrument.RoundQuantity(Quantity) != Quantity)
        {
            return $"quantity {Quantity} is not a whole number of lots of {instrument.LotSize}";
        }

        bool needsLimit = Type is OrderType.Limit or OrderType.StopLimit;
        bool needsStop = Type is OrderType.Stop or OrderType.StopLimit;
        return PriceCheck("limit price", LimitPrice, needsLimit, instrument)
            ?? PriceCheck("stop price", StopPrice, needsStop, instrument)
            ?? TrailingCheck()
            ?? TimeInForceCheck();
    }

    private string? PriceCheck(string name, decimal? price, bool needed, Instrument instrument)
    {
        if (!needed)
        {
            return price is null ? null : $"a {Type} order takes no {name}";
        }

        if (price is not decimal p)
        {
            return $"a {Type} order needs a {name}";
        }

        if (p <= 0m)
        {
            return $"{name} {p} must be positive";
        }

        return p % instrument.TickSize == 0m ? null : $"{name} {p} is not a multiple of the tick size {instrument.TickSize}";
    }

    private string? TrailingCheck()
    {
        if (Type != OrderType.TrailingStop)
        {
            return TrailingAmount is null && TrailingPercent is null ? null : $"a {Type} order takes no trailing distance";
        }

        if ((TrailingAmount is null) == (TrailingPercent is null))
        {
            return "a trailing stop needs exactly one of a trailing amount or a trailing percent";
        }

        if (TrailingAmount is decimal a && a <= 0m)
        {
            return $"trailing amount {a} must be positive";
        }

        return TrailingPercent is decimal f && (f <= 0m || f >= 1m) ? $"trailing percent {f} must be between 0 and 1 (0.05 = 5%)" : null;
    }

    private string? TimeInForceCheck()
    {
        if (!Enum.IsDefined(TimeInForce))
        {
            return $"time in force {(int)TimeInForce} is unknown";
        }

        if (TimeInForce == TimeInForce.GoodTillDate)
        {
            return ExpiryUtc is null ? "a good-till-date order needs an expiry time" : null;
        }

        if (ExpiryUtc is not null)
        {
            return $"only good-till-date orders take an expiry time, not {TimeInForce}";
        }

        return Type is OrderType.MarketOnOpen or OrderType.MarketOnClose && TimeInForce != TimeInForce.Day
            ? $"a {Type} order is a day order, not {TimeInForce}"
            : null;
    }

    private sealed record Prices(decimal? Limit, decimal? Stop, decimal? TrailingAmount, decimal? TrailingPercent, DateTimeOffset? Expiry)
    {
        public static Prices None { get; } = new(null, null, null, null, null);

        /// <summary>Null when nothing is set, so a request that sets a price back to null equals one that never set it.</summary>
        public static Prices? Of(Prices prices) => prices == None ? null : prices;
    }
}
