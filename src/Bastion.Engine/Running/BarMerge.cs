namespace Bastion.Engine.Running;

/// <summary>
/// A binary min-heap of (bar end time, feed index): the k-way merge of the feeds. Ties break by feed index, so the
/// order of delivery is deterministic. Preallocated for one entry per feed; push and pop are O(log k) and
/// allocation-free.
/// </summary>
internal sealed class BarMerge(int feeds)
{
    private readonly long[] _keys = new long[feeds];
    private readonly int[] _slots = new int[feeds];

    public int Count { get; private set; }

    public long MinKey => _keys[0];

    public void Push(long key, int slot)
    {
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Less(key, slot, _keys[parent], _slots[parent]))
            {
                break;
            }

            _keys[i] = _keys[parent];
            _slots[i] = _slots[parent];
            i = parent;
        }

        _keys[i] = key;
        _slots[i] = slot;
    }

    public int Pop()
    {
        int top = _slots[0];
        int n = --Count;
        if (n == 0)
        {
            return top;
        }

        long key = _keys[n];
        int slot = _slots[n];
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && Less(_keys[child + 1], _slots[child + 1], _keys[child], _slots[child]))
            {
                child++;
            }

            if (!Less(_keys[child], _slots[child], key, slot))
            {
                break;
            }

            _keys[i] = _keys[child];
            _slots[i] = _slots[child];
            i = child;
        }

        _keys[i] = key;
        _slots[i] = slot;
        return top;
    }

    private static bool Less(long k1, int s1, long k2, int s2) => k1 < k2 || (k1 == k2 && s1 < s2);
}
