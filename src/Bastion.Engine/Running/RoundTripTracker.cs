using Bastion.Core.Instruments;
using Bastion.Core.Orders;
using Bastion.Engine.Results;

namespace Bastion.Engine.Running;

/// <summary>Builds round trips of one symbol from its fills and tracks the price extremes while a trade is open.</summary>
internal sealed class RoundTripTracker(Instrument instrument)
{
    private decimal _open;
    private int _direction;
    private DateTimeOffset _entryTime;
    private decimal _entryQty;
    private decimal _entryNotional;
    private decimal _exitQty;
    private decimal _exitNotional;
    private decimal _realized;
    private decimal _costs;

    public bool IsOpen => _open != 0m;

    public double Low { get; private set; }

    public double High { get; private set; }

    public void OnBar(double low, double high)
    {
        if (low < Low)
        {
            Low = low;
        }

        if (high > High)
        {
            High = high;
        }
    }

    /// <summary>Books a fill; adds the round trip it closes (if any) to <paramref name="closed"/>.</summary>
    public void OnFill(Fill fill, decimal realized, List<RoundTrip> closed)
    {
        decimal signed = fill.SignedQuantity;
        decimal costs = fill.Commission + fill.Fees;
        if (_open == 0m || Math.Sign(_open) == Math.Sign(signed))
        {
            if (_open == 0m)
            {
                Start(fill);
            }

            _entryQty += fill.Quantity;
            _entryNotional += fill.Quantity * fill.Price;
            _costs += costs;
            _open += signed;
            return;
        }

        decimal closing = Math.Min(fill.Quantity, Math.Abs(_open));
        decimal closingShare = closing / fill.Quantity;
        _exitQty += closing;
        _exitNotional += closing * fill.Price;
        _realized += realized;
        _costs += costs * closingShare;
        _open += signed;
        if (_open == 0m || Math.Sign(_open) != _direction)
        {
            closed.Add(Close(fill.Time));
        }

        if (_open != 0m && Math.Sign(_open) != _direction)
        {
            decimal rest = fill.Quantity - closing;
            Start(fill);
            _entryQty = rest;
            _entryNotional = rest * fill.Price;
            _costs = costs - (costs * closingShare);
        }
    }

    private void Start(Fill fill)
    {
        _direction = fill.Side == OrderSide.Buy ? 1 : -1;
        _entryTime = fill.Time;
        _entryQty = 0m;
        _entryNotional = 0m;
        _exitQty = 0m;
        _exitNotional = 0m;
        _realized = 0m;
        _costs = 0m;
        Low = (double)fill.Price;
        High = Low;
    }

    private RoundTrip Close(DateTimeOffset exitTime)
    {
        decimal entry = _entryNotional / _entryQty;
        decimal exit = _exitNotional / _exitQty;
        decimal m = instrument.Multiplier;
        decimal pnl = _realized - _costs;
        decimal low = instrument.RoundPrice(Low);
        decimal high = instrument.RoundPrice(High);
        decimal worst = _direction > 0 ? (low - entry) * _entryQty * m : (entry - high) * _entryQty * m;
        decimal best = _direction > 0 ? (high - entry) * _entryQty * m : (entry - low) * _entryQty * m;
        decimal basis = entry * _entryQty * m;
        return new RoundTrip(
            instrument.Symbol,
            _direction * _entryQty,
            _entryTime,
            entry,
            exitTime,
            exit,
            pnl,
            _costs,
            basis == 0m ? 0m : pnl / basis,
            Math.Min(0m, worst),
            Math.Max(0m, best));
    }
}
