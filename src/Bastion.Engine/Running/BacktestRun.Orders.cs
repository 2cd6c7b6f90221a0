using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;

namespace Bastion.Engine.Running;

/// <summary>Order matching and fill booking of a run.</summary>
internal sealed partial class BacktestRun
{
    private void MatchOrders(int slot, in Bar bar, long day, bool firstOfDay, bool lastOfDay)
    {
        List<WorkingOrder> working = _working[slot];
        Instrument instrument = _instruments[slot];
        for (int i = 0; i < working.Count; i++)
        {
            WorkingOrder w = working[i];
            if (w.SubmittedTicks > bar.StartUtcTicks || !w.Order.IsWorking)
            {
                continue; // submitted during this bar: it did not work for the whole bar
            }

            OrderRequest r = w.Order.Request;
            if (r.TimeInForce == TimeInForce.GoodTillDate && bar.StartUtcTicks >= r.ExpiryUtc!.Value.UtcTicks)
            {
                DateTimeOffset at = r.ExpiryUtc.Value > w.Order.LastUpdate ? r.ExpiryUtc.Value : w.Order.LastUpdate;
                _blotter.Apply(new OrderExpired(w.Order.Id, at));
                continue;
            }

            if (r.TimeInForce == TimeInForce.Day && r.Type != OrderType.MarketOnOpen)
            {
                if (w.SessionDay < 0)
                {
                    w.SessionDay = day;
                }
                else if (day > w.SessionDay)
                {
                    _blotter.Apply(new OrderExpired(w.Order.Id, bar.Start));
                    continue;
                }
            }

            if (FillRules.TryPrice(w, in bar, instrument, _options.SlippageBasisPoints, firstOfDay, lastOfDay, out decimal price, out long ticks))
            {
                decimal remaining = w.Order.RemainingQuantity;
                decimal quantity = remaining;
                if (_options.MaxVolumeParticipation is decimal part)
                {
                    quantity = Math.Min(remaining, instrument.RoundQuantity((decimal)bar.Volume * part));
                }

                if (r.TimeInForce == TimeInForce.FillOrKill && quantity < remaining)
                {
                    _blotter.Apply(new OrderCancelled(w.Order.Id, bar.End, $"fill-or-kill: only {quantity} of {remaining} could fill"));
                    continue;
                }

                if (quantity > 0m)
                {
                    BookFill(w, price, quantity, new DateTimeOffset(ticks, TimeSpan.Zero));
                }
            }

            if (w.Order.IsWorking && r.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
            {
                _blotter.Apply(new OrderCancelled(w.Order.Id, bar.End, "immediate-or-cancel: the rest is cancelled"));
            }
        }

        RemoveWorking(working, static w => !w.Order.IsWorking);
    }

    /// <summary>Removes the orders <paramref name="remove"/> picks, keeping the others' order, and keeps their objects for reuse.</summary>
    private void RemoveWorking(List<WorkingOrder> working, Func<WorkingOrder, bool> remove)
    {
        int kept = 0;
        for (int i = 0; i < working.Count; i++)
        {
            WorkingOrder w = working[i];
            if (remove(w))
            {
                _spareWorking.Push(w);
            }
            else
            {
                working[kept++] = w;
            }
        }

        working.RemoveRange(kept, working.Count - kept);
    }

    private void BookFill(WorkingOrder w, decimal price, decimal quantity, DateTimeOffset time)
    {
        Order order = w.Order;
        int slot = w.Slot;
        Instrument instrument = _instruments[slot];
        OrderRequest r = order.Request;
        decimal commission = _options.Commission.Commission(instrument, quantity, price);
        var fill = new Fill(order.Id, r.Symbol, r.Side, quantity, price, commission, 0m, instrument.QuoteCurrency, time);
        _blotter.Apply(quantity == order.RemainingQuantity
            ? new OrderFilled(order.Id, time, fill)
            : new OrderPartiallyFilled(order.Id, time, fill));
        decimal realized = _account.ApplyFill(fill, instrument);
        _position[slot] = _account.Quantity(r.Symbol);
        _trips[slot].OnFill(fill, realized, _roundTrips);
        _fills.Add(fill);
        _fillNotices.Enqueue(fill);
    }

    private SubmitResult SubmitOrder(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_initializing)
        {
            throw new InvalidOperationException("orders cannot be submitted from Initialize: there is no price yet");
        }

        if (!_index.TryGetValue(request.Symbol, out int slot))
        {
            throw new ArgumentException($"no feed for symbol {request.Symbol}", nameof(request));
        }

        Order order = _blotter.Submit(request, _instruments[slot], _clock.GetUtcNow());
        if (order.Status == OrderStatus.Rejected)
        {
            return new SubmitResult(order.Id, order.Status, order.Reason);
        }

        WorkingOrder w = (_spareWorking.TryPop(out WorkingOrder? spare) ? spare : new WorkingOrder()).Start(order, slot);
        if (request.Type == OrderType.TrailingStop && _hasLast[slot])
        {
            FillRules.StartTrailing(w, _instruments[slot].RoundPrice(_last[slot].Close), _instruments[slot]);
        }

        if (request.Type == OrderType.Market && _options.MarketFill == MarketFillTiming.SameBarClose && _hasLast[slot])
        {
            decimal price = FillRules.RoundToTick(
                _instruments[slot].RoundPrice(_last[slot].Close) * (w.IsBuy ? 1m + (_options.SlippageBasisPoints / 10_000m) : 1m - (_options.SlippageBasisPoints / 10_000m)),
                _instruments[slot]);
            BookFill(w, price, order.RemainingQuantity, _clock.GetUtcNow());
            _spareWorking.Push(w);
            return new SubmitResult(order.Id, order.Status, string.Empty);
        }

        _working[slot].Add(w);
        return new SubmitResult(order.Id, order.Status, string.Empty);
    }

    private bool CancelOrder(long orderId)
    {
        if (!_blotter.TryGetOrder(orderId, out Order order) || !order.IsWorking)
        {
            return false;
        }

        _blotter.Apply(new OrderCancelled(orderId, _clock.GetUtcNow(), "cancelled by the strategy"));
        RemoveWorking(_working[_index[order.Request.Symbol]], w => w.Order.Id == orderId);
        return true;
    }

    private SubmitResult TargetPercent(int slot, decimal fraction)
    {
        if (!_hasLast[slot])
        {
            return new SubmitResult(0, OrderStatus.Rejected, $"no price for {_symbols[slot]} yet");
        }

        Instrument instrument = _instruments[slot];
        decimal unitValue = Mark(slot) * instrument.Multiplier * _fx[slot];
        if (unitValue <= 0m)
        {
            return new SubmitResult(0, OrderStatus.Rejected, $"the latest price of {_symbols[slot]} rounds to zero");
        }

        decimal target = instrument.RoundQuantity(ComputeEquity() * fraction / unitValue);
        decimal expected = _position[slot];
        foreach (WorkingOrder w in _working[slot])
        {
            expected += w.IsBuy ? w.Order.RemainingQuantity : -w.Order.RemainingQuantity;
        }

        decimal delta = target - expected;
        if (delta == 0m)
        {
            return new SubmitResult(0, OrderStatus.Accepted, "target already held");
        }

        // The id the blotter would assign, given up front: the blotter need not copy the request to fill it in.
        return SubmitOrder(OrderRequest.Market(
            _symbols[slot], delta > 0m ? OrderSide.Buy : OrderSide.Sell, Math.Abs(delta), clientOrderId: _blotter.NextClientOrderId()));
    }
}
