using System.Collections;
using Bastion.Core.MarketData;
using Bastion.Numerics.Random;

namespace Bastion.Benchmarks.Engine;

/// <summary>
/// A seeded random walk of one-minute bars generated on the fly: nothing is stored, so memory does not depend on
/// <c>count</c>. Prices on a cent grid around 100.
/// </summary>
public sealed class MinuteBarStream(ulong seed, long count) : IEnumerable<Bar>
{
    public IEnumerator<Bar> GetEnumerator() => new Enumerator(seed, count);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(ulong seed, long count) : IEnumerator<Bar>
    {
        private readonly RandomStream _rng = new(seed);
        private long _i;
        private long _t = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        private double _close = 100.0;

        public Bar Current { get; private set; }

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_i++ >= count)
            {
                return false;
            }

            double open = _close;
            double close = Math.Round(open * (1 + (0.0005 * _rng.NextGaussian())), 2);
            close = close <= 1 ? 1 : close;
            double spread = 0.0003 * _rng.NextDouble() * open;
            double high = Math.Round(Math.Max(open, close) + spread, 2);
            double low = Math.Round(Math.Min(open, close) - spread, 2);
            Current = new Bar(_t, TimeSpan.TicksPerMinute, open, high, low, close, 1_000);
            _t += TimeSpan.TicksPerMinute;
            _close = close;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
