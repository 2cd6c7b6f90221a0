using Bastion.Core.Orders;

namespace Bastion.Engine.Running;

/// <summary>The engine's matching state of one working order, beside the order's own state machine.</summary>
internal sealed class WorkingOrder(Order order, int slot)
{
    public Order Order { get; } = order;

    public int Slot { get; } = slot;

    public long SubmittedTicks { get; } = order.SubmittedAt.UtcTicks;

    public bool IsBuy { get; } = order.Request.Side == OrderSide.Buy;

    /// <summary>UTC day number of the session a day order works in; −1 until its first eligible bar.</summary>
    public long SessionDay { get; set; } = -1;

    /// <summary>A stop-limit whose stop has traded: it now works as a limit order.</summary>
    public bool Triggered { get; set; }

    /// <summary>Best price seen by a trailing stop (highest for a sell, lowest for a buy); 0 until known.</summary>
    public decimal TrailBest { get; set; }

    /// <summary>Current stop price of a trailing stop.</summary>
    public decimal TrailStop { get; set; }
}
