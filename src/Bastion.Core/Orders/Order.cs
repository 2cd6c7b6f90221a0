namespace Bastion.Core.Orders;

/// <summary>
/// An order's state: a state machine whose one owner, a <see cref="Blotter"/>, applies <see cref="OrderEvent"/>s
/// in sequence and refuses illegal transitions (a fill on a cancelled order, a fill larger than what remains, ...).
/// Readers see a consistent state between events; not thread-safe.
/// </summary>
public sealed class Order
{
    internal Order(long id, OrderRequest request, DateTimeOffset submittedAt)
    {
        Id = id;
        Request = request;
        SubmittedAt = submittedAt;
        LastUpdate = submittedAt;
        Status = OrderStatus.Submitted;
    }

    /// <summary>The blotter's id for the order (1, 2, 3, ... in submission order).</summary>
    public long Id { get; }

    /// <summary>What was asked for (its <see cref="OrderRequest.ClientOrderId"/> is filled in if the caller left it empty).</summary>
    public OrderRequest Request { get; }

    /// <summary>Where the order is in its life.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>Submission time, UTC.</summary>
    public DateTimeOffset SubmittedAt { get; }

    /// <summary>Time of the last event applied, UTC.</summary>
    public DateTimeOffset LastUpdate { get; private set; }

    /// <summary>Units filled so far (positive).</summary>
    public decimal FilledQuantity { get; private set; }

    /// <summary>Units still to fill (zero once the order is terminal).</summary>
    public decimal RemainingQuantity => IsTerminal ? 0m : Request.Quantity - FilledQuantity;

    /// <summary>Quantity-weighted average fill price; zero before the first fill.</summary>
    public decimal AverageFillPrice { get; private set; }

    /// <summary>Commission paid on all fills so far.</summary>
    public decimal Commission { get; private set; }

    /// <summary>Fees paid on all fills so far.</summary>
    public decimal Fees { get; private set; }

    /// <summary>Why the order was rejected, cancelled or expired; empty otherwise.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>True once the order is filled, cancelled, expired or rejected.</summary>
    public bool IsTerminal => Status is OrderStatus.Filled or OrderStatus.Cancelled or OrderStatus.Expired or OrderStatus.Rejected;

    /// <summary>True while the order can still fill (accepted or partially filled).</summary>
    public bool IsWorking => Status is OrderStatus.Accepted or OrderStatus.PartiallyFilled;

    internal bool TryApply(OrderEvent e, out string error)
    {
        error = e switch
        {
            OrderSubmitted => "order is already submitted",
            OrderAccepted => Status == OrderStatus.Submitted ? null : Illegal("accept"),
            OrderRejected => Status == OrderStatus.Submitted ? null : Illegal("reject"),
            OrderCancelled or OrderExpired => IsWorking ? null : Illegal(e is OrderCancelled ? "cancel" : "expire"),
            OrderPartiallyFilled p => CheckFill(p.Fill, partial: true),
            OrderFilled f => CheckFill(f.Fill, partial: false),
            _ => $"unknown event {e.GetType().Name}",
        } ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        if (e.Time < LastUpdate)
        {
            error = $"event at {e.Time:O} is earlier than the order's last update {LastUpdate:O}";
            return false;
        }

        LastUpdate = e.Time;
        switch (e)
        {
            case OrderAccepted:
                Status = OrderStatus.Accepted;
                break;
            case OrderRejected r:
                Status = OrderStatus.Rejected;
                Reason = r.Reason;
                break;
            case OrderCancelled c:
                Status = OrderStatus.Cancelled;
                Reason = c.Reason;
                break;
            case OrderExpired:
                Status = OrderStatus.Expired;
                Reason = "time in force ran out";
                break;
            case OrderPartiallyFilled p:
                AddFill(p.Fill);
                Status = OrderStatus.PartiallyFilled;
                break;
            case OrderFilled f:
                AddFill(f.Fill);
                Status = OrderStatus.Filled;
                break;
        }

        return true;
    }

    private string Illegal(string action) => $"cannot {action} order {Id}: it is {Status}";

    private string? CheckFill(Fill fill, bool partial)
    {
        if (!IsWorking)
        {
            return Illegal("fill");
        }

        if (fill.OrderId != Id || fill.Symbol != Request.Symbol || fill.Side != Request.Side)
        {
            return $"fill for order {fill.OrderId} {fill.Side} {fill.Symbol} does not match order {Id} {Request.Side} {Request.Symbol}";
        }

        if (fill.Quantity <= 0m || fill.Price <= 0m || fill.Commission < 0m || fill.Fees < 0m)
        {
            return "fill quantity and price must be positive, commission and fees not negative";
        }

        decimal remaining = Request.Quantity - FilledQuantity;
        if (partial ? fill.Quantity >= remaining : fill.Quantity != remaining)
        {
            return partial
                ? $"a partial fill of {fill.Quantity} must be less than the remaining {remaining}"
                : $"a final fill of {fill.Quantity} must equal the remaining {remaining}";
        }

        return null;
    }

    private void AddFill(Fill fill)
    {
        decimal total = FilledQuantity + fill.Quantity;
        AverageFillPrice = ((AverageFillPrice * FilledQuantity) + (fill.Price * fill.Quantity)) / total;
        FilledQuantity = total;
        Commission += fill.Commission;
        Fees += fill.Fees;
    }
}
