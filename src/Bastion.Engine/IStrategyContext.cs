using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Engine;

/// <summary>
/// What a strategy sees of the world and may do in it. It sees only the past: the simulated time, bars that have
/// closed, its own portfolio and orders. It acts by submitting and cancelling orders and by scheduling callbacks.
/// Symbols are addressed by index (0 .. <see cref="Symbols"/>.Count − 1, the order of the feeds) so the hot path
/// needs no lookups. Money is in the base currency unless a currency is named. Valid only during the callback
/// that received it.
/// </summary>
public interface IStrategyContext
{
    /// <summary>Simulated now, UTC (the end time of the bars being delivered).</summary>
    DateTimeOffset Time { get; }

    /// <summary>The simulated clock, for code that takes a <see cref="TimeProvider"/>.</summary>
    TimeProvider Clock { get; }

    /// <summary>The symbols of the feeds, in feed order.</summary>
    IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>The base currency.</summary>
    Currency BaseCurrency { get; }

    /// <summary>Index of <paramref name="symbol"/> in <see cref="Symbols"/>, or −1.</summary>
    int IndexOf(Symbol symbol);

    /// <summary>The instrument at <paramref name="symbolIndex"/>.</summary>
    Instrument Instrument(int symbolIndex);

    /// <summary>True once a bar of the symbol has closed.</summary>
    bool HasBar(int symbolIndex);

    /// <summary>The latest closed bar of the symbol.</summary>
    /// <exception cref="InvalidOperationException">No bar of the symbol has closed yet.</exception>
    Bar LastBar(int symbolIndex);

    /// <summary>
    /// Asks the engine to keep the last <paramref name="bars"/> closed bars of every symbol for <see cref="History"/>.
    /// Call it from <see cref="Strategy.Initialize"/>; the largest request wins.
    /// </summary>
    void RequestHistory(int bars);

    /// <summary>The recent closed bars of the symbol (as many as requested, fewer at the start).</summary>
    BarHistory History(int symbolIndex);

    /// <summary>Cash in the base currency (all currencies converted).</summary>
    decimal Cash { get; }

    /// <summary>Cash plus the market value of all positions at the latest closes, in the base currency.</summary>
    decimal Equity { get; }

    /// <summary>Signed quantity held in the symbol (negative = short).</summary>
    decimal Position(int symbolIndex);

    /// <summary>Cash held in one currency.</summary>
    decimal CashIn(Currency currency);

    /// <summary>Status of an order this strategy submitted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such order.</exception>
    Order Order(long orderId);

    /// <summary>Submits an order now. Invalid requests and duplicate client order ids come back rejected with the reason.</summary>
    SubmitResult Submit(OrderRequest request);

    /// <summary>Cancels a working order; false if it is not working.</summary>
    bool Cancel(long orderId);

    /// <summary>
    /// Trades toward holding <paramref name="fraction"/> of equity in the symbol (0.25 = 25%, negative = short,
    /// 0 = flat) with a market order: target quantity = equity × fraction ÷ (latest close × multiplier × FX rate),
    /// rounded toward zero to whole lots, less what is held and what working orders will still buy or sell.
    /// Returns OrderId 0 when nothing needs trading.
    /// </summary>
    SubmitResult OrderTargetPercent(int symbolIndex, decimal fraction);

    /// <summary>
    /// Calls <paramref name="callback"/> when the simulated clock reaches <paramref name="utc"/>: after the bars that
    /// close at or before that time, before any bar that closes later. Times in the past run at the next step.
    /// </summary>
    void Schedule(DateTimeOffset utc, Action<IStrategyContext> callback);
}
