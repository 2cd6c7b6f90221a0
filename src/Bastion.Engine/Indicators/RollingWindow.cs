namespace Bastion.Engine.Indicators;

/// <summary>
/// The last <see cref="Capacity"/> values in a preallocated ring: adding is O(1) and allocation-free;
/// <c>this[0]</c> is the newest value, <c>this[Count - 1]</c> the oldest kept. Not thread-safe.
/// </summary>
/// <typeparam name="T">Value type held.</typeparam>
public sealed class RollingWindow<T>
    where T : struct
{
    private readonly T[] _items;
    private int _next;

    /// <summary>Creates an empty window holding at most <paramref name="capacity"/> values.</summary>
    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = new T[capacity];
    }

    /// <summary>Most values held.</summary>
    public int Capacity => _items.Length;

    /// <summary>Values held now.</summary>
    public int Count { get; private set; }

    /// <summary>True once <see cref="Capacity"/> values have been added.</summary>
    public bool IsFull => Count == _items.Length;

    /// <summary>The value added <paramref name="ago"/> additions ago (0 = newest).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ago"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int ago]
    {
        get
        {
            if ((uint)ago >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(ago), ago, $"the window holds {Count} values");
            }

            int i = _next - 1 - ago;
            return _items[i < 0 ? i + _items.Length : i];
        }
    }

    /// <summary>Adds a value, dropping the oldest when full. Returns the dropped value, or default.</summary>
    public T Add(T value)
    {
        T dropped = _items[_next];
        _items[_next] = value;
        _next = _next + 1 == _items.Length ? 0 : _next + 1;
        if (Count < _items.Length)
        {
            Count++;
            return default;
        }

        return dropped;
    }
}
