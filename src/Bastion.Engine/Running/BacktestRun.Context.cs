using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Engine.Running;

/// <summary>The strategy's narrow view of a run.</summary>
internal sealed partial class BacktestRun : IStrategyContext
{
    public DateTimeOffset Time => _clock.GetUtcNow();

    public TimeProvider Clock => _clock;

    public IReadOnlyList<Symbol> Symbols => _symbols;

    public Currency BaseCurrency => _options.BaseCurrency;

    public decimal Cash => ComputeCash();

    public decimal Equity => ComputeEquity();

    public int IndexOf(Symbol symbol) => _index.TryGetValue(symbol, out int i) ? i : -1;

    public Instrument Instrument(int symbolIndex) => _instruments[symbolIndex];

    public bool HasBar(int symbolIndex) => _hasLast[symbolIndex];

    public Bar LastBar(int symbolIndex) => _hasLast[symbolIndex]
        ? _last[symbolIndex]
        : throw new InvalidOperationException($"no bar of {_symbols[symbolIndex]} has closed yet");

    public void RequestHistory(int bars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bars);
        if (!_initializing)
        {
            throw new InvalidOperationException("ask for history in Initialize");
        }

        _historyLength = Math.Max(_historyLength, bars);
    }

    public BarHistory History(int symbolIndex)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)symbolIndex, (uint)_symbols.Length, nameof(symbolIndex));
        return new BarHistory(_history?[symbolIndex]);
    }

    public decimal Position(int symbolIndex) => _position[symbolIndex];

    public decimal CashIn(Currency currency) => _account.Cash(currency);

    public Order Order(long orderId) => _blotter.TryGetOrder(orderId, out Order order)
        ? order
        : throw new ArgumentOutOfRangeException(nameof(orderId), orderId, "no such order");

    public SubmitResult Submit(OrderRequest request) => SubmitOrder(request);

    public bool Cancel(long orderId) => CancelOrder(orderId);

    public SubmitResult OrderTargetPercent(int symbolIndex, decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)symbolIndex, (uint)_symbols.Length, nameof(symbolIndex));
        if (_initializing)
        {
            throw new InvalidOperationException("orders cannot be submitted from Initialize: there is no price yet");
        }

        return TargetPercent(symbolIndex, fraction);
    }

    public void Schedule(DateTimeOffset utc, Action<IStrategyContext> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _schedule.Enqueue(callback, (utc.UtcTicks, _scheduleSequence++));
    }
}
