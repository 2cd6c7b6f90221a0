using System.Globalization;
using Bastion.Core.Instruments;

namespace Bastion.Core.Orders;

/// <summary>
/// The one owner of a set of orders: assigns ids, validates requests, enforces unique client order ids
/// (a duplicate is rejected, so resubmitting the same request is harmless), applies events through each order's
/// state machine and keeps the event log in order. Not thread-safe: one blotter per engine.
/// </summary>
public sealed class Blotter
{
    private readonly List<Order> _orders = [];
    private readonly List<OrderEvent> _events = [];
    // Client ids other than an order's own "B" + id; those are found from the order list itself (see FindClientId), so
    // the common case (ids the blotter or the engine assigns) costs no entry.
    private readonly Dictionary<string, long> _byClientId = new(StringComparer.Ordinal);

    /// <summary>Every order, in submission order (<c>Orders[i].Id == i + 1</c>).</summary>
    public IReadOnlyList<Order> Orders => _orders;

    /// <summary>Every event applied, in order: the journal from which the orders can be rebuilt.</summary>
    public IReadOnlyList<OrderEvent> Events => _events;

    /// <summary>
    /// Submits a request at <paramref name="time"/>: records <see cref="OrderSubmitted"/> and then either
    /// <see cref="OrderAccepted"/> or <see cref="OrderRejected"/> with the reason (invalid request, duplicate client
    /// order id). Never throws for a business reason; check <see cref="Order.Status"/>.
    /// An empty client order id is replaced by <c>B</c> followed by the order id.
    /// </summary>
    public Order Submit(OrderRequest request, Instrument instrument, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(instrument);
        long id = _orders.Count + 1;
        if (request.ClientOrderId.Length == 0)
        {
            request = request with { ClientOrderId = AutoClientOrderId(id) };
        }

        // Looked up before the order is added: its own "B" + id must not find itself.
        string? reason = null;
        if (FindClientId(request.ClientOrderId, out long first))
        {
            reason = $"duplicate client order id '{request.ClientOrderId}' (already used by order {first})";
        }
        else
        {
            if (!IsOwnAutoId(request.ClientOrderId, id))
            {
                _byClientId.Add(request.ClientOrderId, id);
            }

            if (!request.TryValidate(instrument, out string why))
            {
                reason = why;
            }
        }

        var order = new Order(id, request, time);
        _orders.Add(order);
        _events.Add(new OrderSubmitted(id, time, request));
        Apply(reason is null ? new OrderAccepted(id, time) : new OrderRejected(id, time, reason));
        return order;
    }

    /// <summary>
    /// The client order id the next order gets if its request has none. A caller that builds many requests can put it
    /// in the request itself and so spare the blotter a copy of the request; the result is the same.
    /// </summary>
    public string NextClientOrderId() => AutoClientOrderId(_orders.Count + 1);

    /// <summary>The order with id <paramref name="orderId"/>, if there is one.</summary>
    public bool TryGetOrder(long orderId, out Order order)
    {
        if (orderId >= 1 && orderId <= _orders.Count)
        {
            order = _orders[(int)(orderId - 1)];
            return true;
        }

        order = null!;
        return false;
    }

    /// <summary>The order first submitted with <paramref name="clientOrderId"/>, if any.</summary>
    public bool TryGetByClientId(string clientOrderId, out Order order)
    {
        ArgumentNullException.ThrowIfNull(clientOrderId);
        if (FindClientId(clientOrderId, out long id))
        {
            order = _orders[(int)(id - 1)];
            return true;
        }

        order = null!;
        return false;
    }

    private static string AutoClientOrderId(long id) => string.Create(CultureInfo.InvariantCulture, $"B{id}");

    /// <summary>Whether <paramref name="clientOrderId"/> is "B" + <paramref name="id"/>, the id order <paramref name="id"/> is given by default.</summary>
    private static bool IsOwnAutoId(string clientOrderId, long id)
    {
        Span<char> auto = stackalloc char[21];
        auto[0] = 'B';
        id.TryFormat(auto[1..], out int digits, provider: CultureInfo.InvariantCulture);
        return clientOrderId.AsSpan().SequenceEqual(auto[..(digits + 1)]);
    }

    /// <summary>
    /// The first order that used <paramref name="clientOrderId"/>: an earlier order that took it although it is not its
    /// own "B" + id is in the dictionary; otherwise only order n can hold "B" + n under that rule.
    /// </summary>
    private bool FindClientId(string clientOrderId, out long id)
    {
        if (_byClientId.TryGetValue(clientOrderId, out id))
        {
            return true;
        }

        if (clientOrderId.Length > 1 && clientOrderId[0] == 'B' && clientOrderId[1] is >= '1' and <= '9'
            && long.TryParse(clientOrderId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out long n)
            && n <= _orders.Count && string.Equals(_orders[(int)(n - 1)].Request.ClientOrderId, clientOrderId, StringComparison.Ordinal))
        {
            id = n;
            return true;
        }

        id = 0;
        return false;
    }

    /// <summary>Applies an event to its order; false with the reason when the order is unknown or the transition is illegal (nothing changes then).</summary>
    public bool TryApply(OrderEvent orderEvent, out string error)
    {
        ArgumentNullException.ThrowIfNull(orderEvent);
        if (orderEvent is OrderSubmitted)
        {
            error = "submit through Submit(), not as an event";
            return false;
        }

        if (!TryGetOrder(orderEvent.OrderId, out Order order))
        {
            error = $"no order {orderEvent.OrderId}";
            return false;
        }

        if (!order.TryApply(orderEvent, out error))
        {
            return false;
        }

        _events.Add(orderEvent);
        return true;
    }

    /// <summary>Applies an event to its order.</summary>
    /// <exception cref="InvalidOperationException">The order is unknown or the transition is illegal.</exception>
    public void Apply(OrderEvent orderEvent)
    {
        if (!TryApply(orderEvent, out string error))
        {
            throw new InvalidOperationException(error);
        }
    }
}
