namespace Bastion.Engine.Indicators;

/// <summary>
/// The arithmetic mean of the last <see cref="Period"/> values, updated in O(1) without allocating: a running sum
/// over a preallocated ring. To stop floating-point drift over millions of updates the sum is recomputed from the
/// ring each time it wraps (O(period) once per period updates, still O(1) amortized). Not thread-safe.
/// </summary>
public sealed class SimpleMovingAverage
{
    private readonly double[] _ring;
    private int _next;
    private int _count;
    private double _sum;

    /// <summary>Creates an average over <paramref name="period"/> values.</summary>
    public SimpleMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        _ring = new double[period];
    }

    /// <summary>Number of values averaged.</summary>
    public int Period => _ring.Length;

    /// <summary>True once <see cref="Period"/> values have been seen.</summary>
    public bool IsReady => _count == _ring.Length;

    /// <summary>The current average (of the values seen so far when not yet ready; NaN before the first).</summary>
    public double Value => _count == 0 ? double.NaN : _sum / _count;

    /// <summary>Adds a value and returns <see cref="IsReady"/>.</summary>
    public bool Update(double value)
    {
        double[] ring = _ring;
        if (_count < ring.Length)
        {
            _count++;
            _sum += value;
        }
        else
        {
            _sum += value - ring[_next];
        }

        ring[_next] = value;
        if (++_next == ring.Length)
        {
            _next = 0;
            if (_count == ring.Length)
            {
                double s = 0;
                for (int i = 0; i < ring.Length; i++)
                {
                    s += ring[i];
                }

                _sum = s;
            }
        }

        return _count == ring.Length;
    }
}
