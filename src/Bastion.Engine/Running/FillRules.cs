using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;

namespace Bastion.Engine.Running;

/// <summary>
/// Where a working order fills on a bar it was working for the whole of (the bar started at or after submission).
/// Market: the open. Limit: the open if it is already at or better than the limit (a gap), else the limit if the
/// range reaches it. Stop: the open if it gapped through the stop, else the stop if the range reaches it.
/// Stop-limit: triggers like a stop; after a gap trigger it fills at the open only if the open is within the
/// limit; after an intrabar trigger it fills at the stop only if the stop is within the limit; otherwise it works as
/// a limit from the next bar (the order of prices inside a bar is unknown, so nothing optimistic is assumed).
/// Trailing stop: checked against the stop of the previous bars, then the best price moves with this bar.
/// Market-on-open: the open of the first bar of a UTC day. Market-on-close: the close of the last bar of a UTC day.
/// Slippage moves market-like fills adversely; every price is rounded to the instrument's tick.
/// </summary>
internal static class FillRules
{
    public static bool TryPrice(
        WorkingOrder w, in Bar bar, Instrument instrument, decimal slippageBps, bool firstOfDay, bool lastOfDay, out decimal price, out long fillTicks)
    {
        OrderRequest r = w.Order.Request;
        bool buy = w.IsBuy;
        fillTicks = bar.StartUtcTicks;
        price = 0m;
        switch (r.Type)
        {
            case OrderType.Market:
                price = Slip(bar.Open, buy, slippageBps, instrument);
                return true;
            case OrderType.MarketOnOpen:
                if (!firstOfDay)
                {
                    return false;
                }

                price = Slip(bar.Open, buy, slippageBps, instrument);
                return true;
            case OrderType.MarketOnClose:
                fillTicks = bar.EndUtcTicks;
                if (!lastOfDay)
                {
                    return false;
                }

                price = Slip(bar.Close, buy, slippageBps, instrument);
                return true;
            case OrderType.Limit:
                return TryLimit(r.LimitPrice!.Value, buy, in bar, instrument, out price, ref fillTicks);
            case OrderType.Stop:
                return TryStop(r.StopPrice!.Value, buy, in bar, instrument, slippageBps, out price, ref fillTicks);
            case OrderType.StopLimit:
                return TryStopLimit(w, in bar, instrument, out price, ref fillTicks);
            case OrderType.TrailingStop:
                return TryTrailing(w, in bar, instrument, slippageBps, out price, ref fillTicks);
            default:
                throw new InvalidOperationException($"order type {r.Type} is not supported");
        }
    }

    /// <summary>Sets the first stop of a trailing order from a reference price (the latest close at submission).</summary>
    public static void StartTrailing(WorkingOrder w, decimal reference, Instrument instrument)
    {
        w.TrailBest = reference;
        w.TrailStop = TrailingStopFrom(w, reference, instrument);
    }

    public static decimal RoundToTick(decimal price, Instrument instrument)
    {
        decimal rounded = decimal.Round(price / instrument.TickSize, MidpointRounding.AwayFromZero) * instrument.TickSize;
        return rounded > 0m ? rounded : instrument.TickSize;
    }

    private static decimal Slip(double price, bool buy, decimal bps, Instrument instrument)
    {
        if (bps == 0m)
        {
            decimal p = instrument.RoundPrice(price);
            return p > 0m ? p : instrument.TickSize;
        }

        return SlipDecimal((decimal)price, buy, bps, instrument);
    }

    private static decimal SlipDecimal(decimal price, bool buy, decimal bps, Instrument instrument)
    {
        decimal factor = buy ? 1m + (bps / 10_000m) : 1m - (bps / 10_000m);
        return RoundToTick(price * factor, instrument);
    }

    private static bool TryLimit(decimal limit, bool buy, in Bar bar, Instrument instrument, out decimal price, ref long fillTicks)
    {
        double l = (double)limit;
        price = 0m;
        if (buy ? bar.Open <= l : bar.Open >= l)
        {
            price = buy ? Math.Min(instrument.RoundPrice(bar.Open), limit) : Math.Max(instrument.RoundPrice(bar.Open), limit);
            return true;
        }

        if (buy ? bar.Low <= l : bar.High >= l)
        {
            price = limit;
            fillTicks = bar.EndUtcTicks;
            return true;
        }

        return false;
    }

    private static bool TryStop(decimal stop, bool buy, in Bar bar, Instrument instrument, decimal bps, out decimal price, ref long fillTicks)
    {
        double s = (double)stop;
        price = 0m;
        if (buy ? bar.Open >= s : bar.Open <= s)
        {
            price = Slip(bar.Open, buy, bps, instrument);
            return true;
        }

        if (buy ? bar.High >= s : bar.Low <= s)
        {
            price = bps == 0m ? stop : SlipDecimal(stop, buy, bps, instrument);
            fillTicks = bar.EndUtcTicks;
            return true;
        }

        return false;
    }

    private static bool TryStopLimit(WorkingOrder w, in Bar bar, Instrument instrument, out decimal price, ref long fillTicks)
    {
        OrderRequest r = w.Order.Request;
        decimal limit = r.LimitPrice!.Value;
        price = 0m;
        if (w.Triggered)
        {
            return TryLimit(limit, w.IsBuy, in bar, instrument, out price, ref fillTicks);
        }

        decimal stop = r.StopPrice!.Value;
        double s = (double)stop;
        bool buy = w.IsBuy;
        if (buy ? bar.Open >= s : bar.Open <= s)
        {
            w.Triggered = true;
            decimal open = instrument.RoundPrice(bar.Open);
            if (buy ? open <= limit : open >= limit)
            {
                price = open;
                return true;
            }

            return false;
        }

        if (buy ? bar.High >= s : bar.Low <= s)
        {
            w.Triggered = true;
            if (buy ? stop <= limit : stop >= limit)
            {
                price = stop;
                fillTicks = bar.EndUtcTicks;
                return true;
            }
        }

        return false;
    }

    private static bool TryTrailing(WorkingOrder w, in Bar bar, Instrument instrument, decimal bps, out decimal price, ref long fillTicks)
    {
        bool buy = w.IsBuy;
        if (w.TrailBest == 0m)
        {
            StartTrailing(w, instrument.RoundPrice(bar.Open), instrument);
        }

        if (TryStop(w.TrailStop, buy, in bar, instrument, bps, out price, ref fillTicks))
        {
            return true;
        }

        decimal extreme = instrument.RoundPrice(buy ? bar.Low : bar.High);
        if (buy ? extreme < w.TrailBest : extreme > w.TrailBest)
        {
            w.TrailBest = extreme;
            w.TrailStop = TrailingStopFrom(w, extreme, instrument);
        }

        return false;
    }

    private static decimal TrailingStopFrom(WorkingOrder w, decimal best, Instrument instrument)
    {
        OrderRequest r = w.Order.Request;
        decimal sign = w.IsBuy ? 1m : -1m;
        decimal stop = r.TrailingAmount is decimal a ? best + (sign * a) : best * (1m + (sign * r.TrailingPercent!.Value));
        return RoundToTick(stop, instrument);
    }
}
