using Bastion.Core.Orders;

namespace Bastion.Engine.Running;

/// <summary>
/// The engine's matching state of one working order, beside the order's own state machine. The engine reuses the
/// object of a finished order for the next one (<see cref="Start"/> resets every field), so a run that places many
/// orders does not allocate one per order.
/// </summary>
internal sealed class WorkingOrder
{
    public Order Order { get; private set; } = null!;

    public int Slot { get; private set; }

    public long SubmittedTicks { get; private set; }

    public bool IsBuy { get; private set; }

    /// <summary>UTC day number of the session a day order works in; −1 until its first eligible bar.</summary>
    public long SessionDay { get; set; }

    /// <summary>A stop-limit whose stop has traded: it now works as a limit order.</summary>
    public bool Triggered { get; set; }

    /// <summary>Best price seen by a trailing stop (highest for a sell, lowest for a buy); 0 until known.</summary>
    public decimal TrailBest { get; set; }

    /// <summary>Current stop price of a trailing stop.</summary>
    public decimal TrailStop { get; set; }

    /// <summary>Makes this the state of a newly working <paramref name="order"/> of feed <paramref name="slot"/>.</summary>
    public WorkingOrder Start(Order order, int slot)
    {
        Order = order;
        Slot = slot;
        SubmittedTicks = order.SubmittedAt.UtcTicks;
        IsBuy = order.Request.Side == OrderSide.Buy;
        SessionDay = -1;
        Triggered = false;
        TrailBest = 0m;
        TrailStop = 0m;
        return this;
    }
}
