using Bastion.Core.Clock;
using Bastion.Core.Instruments;
using Bastion.Core.Ledger;
using Bastion.Core.MarketData;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Indicators;
using Bastion.Engine.Results;

namespace Bastion.Engine.Running;

/// <summary>
/// One backtest: the event loop (this file) and the strategy's context (BacktestRun.Context.cs). Per-symbol state
/// lives in arrays indexed by feed, so the per-bar work is array reads, one heap step, one enumerator step and the
/// strategy call; order matching runs only for symbols with working orders.
/// </summary>
internal sealed partial class BacktestRun
{
    private readonly Strategy _strategy;
    private readonly BacktestOptions _options;
    private readonly Instrument[] _instruments;
    private readonly Symbol[] _symbols;
    private readonly IEnumerator<Bar>[] _feeds;
    private readonly Bar[] _pending;
    private readonly Bar[] _last;
    private readonly bool[] _hasLast;
    private readonly decimal[] _fx;
    private readonly decimal[] _position;
    private readonly decimal[] _mark;
    private readonly bool[] _markStale;
    private readonly List<WorkingOrder>[] _working;
    private readonly Stack<WorkingOrder> _spareWorking = new();
    private readonly RoundTripTracker[] _trips;
    private readonly int[] _group;
    private readonly BarMerge _merge;
    private readonly Dictionary<Symbol, int> _index = [];
    private readonly SimulatedClock _clock = new(DateTimeOffset.MinValue);
    private readonly Account _account;
    private readonly Blotter _blotter = new();
    private readonly Queue<Fill> _fillNotices = new();
    private readonly PriorityQueue<Action<IStrategyContext>, (long Ticks, long Sequence)> _schedule = new();
    private readonly List<EquityPoint> _equity = [];
    private readonly List<RoundTrip> _roundTrips = [];
    private readonly List<Fill> _fills = [];
    private RollingWindow<Bar>[]? _history;
    private int _historyLength;
    private bool _initializing;
    private long _scheduleSequence;
    private long _bars;

    public BacktestRun(Strategy strategy, IReadOnlyList<BarFeed> feeds, BacktestOptions options)
    {
        _strategy = strategy;
        _options = options;
        int n = feeds.Count;
        _instruments = new Instrument[n];
        _symbols = new Symbol[n];
        _feeds = new IEnumerator<Bar>[n];
        _pending = new Bar[n];
        _last = new Bar[n];
        _hasLast = new bool[n];
        _fx = new decimal[n];
        _position = new decimal[n];
        _mark = new decimal[n];
        _markStale = new bool[n];
        _working = new List<WorkingOrder>[n];
        _trips = new RoundTripTracker[n];
        _group = new int[n];
        _merge = new BarMerge(n);
        _account = new Account(options.BaseCurrency);
        _account.Deposit(options.BaseCurrency, options.InitialCash);
        for (int i = 0; i < n; i++)
        {
            BarFeed feed = feeds[i] ?? throw new ArgumentException($"feed {i} is null", nameof(feeds));
            Instrument instrument = feed.Instrument ?? throw new ArgumentException($"feed {i} has no instrument", nameof(feeds));
            ArgumentNullException.ThrowIfNull(feed.Bars, nameof(feeds));
            if (!_index.TryAdd(instrument.Symbol, i))
            {
                throw new ArgumentException($"symbol {instrument.Symbol} has two feeds", nameof(feeds));
            }

            _instruments[i] = instrument;
            _symbols[i] = instrument.Symbol;
            _fx[i] = RateOf(instrument.QuoteCurrency, instrument.Symbol);
            _working[i] = [];
            _trips[i] = new RoundTripTracker(instrument);
        }

        // Opened last so that a bad argument above leaves no enumerator undisposed.
        for (int i = 0; i < n; i++)
        {
            _feeds[i] = feeds[i].Bars.GetEnumerator();
        }
    }

    public BacktestResult Execute()
    {
        try
        {
            return Loop();
        }
        finally
        {
            foreach (IEnumerator<Bar>? e in _feeds)
            {
                e?.Dispose();
            }
        }
    }

    private BacktestResult Loop()
    {
        long start = long.MaxValue;
        for (int i = 0; i < _feeds.Length; i++)
        {
            if (Fetch(i, long.MinValue))
            {
                start = Math.Min(start, _pending[i].StartUtcTicks);
            }
        }

        if (_merge.Count > 0)
        {
            _clock.AdvanceTo(start);
        }

        _initializing = true;
        _strategy.Initialize(this);
        _initializing = false;
        FlushFillNotices();
        if (_historyLength > 0)
        {
            _history = new RollingWindow<Bar>[_feeds.Length];
            for (int i = 0; i < _history.Length; i++)
            {
                _history[i] = new RollingWindow<Bar>(_historyLength);
            }
        }

        while (_merge.Count > 0)
        {
            long t = _merge.MinKey;
            RunScheduled(t, inclusive: false);
            _clock.AdvanceTo(t);
            int n = 0;
            while (_merge.Count > 0 && _merge.MinKey == t)
            {
                _group[n++] = _merge.Pop();
            }

            for (int g = 0; g < n; g++)
            {
                CloseBar(_group[g]);
            }

            FlushFillNotices();
            for (int g = 0; g < n; g++)
            {
                int slot = _group[g];
                _strategy.OnBar(this, slot, in _last[slot]);
                FlushFillNotices();
            }

            _strategy.OnTimeStep(this);
            FlushFillNotices();
            RunScheduled(t, inclusive: true);
            Sample(t);
        }

        return new BacktestResult(
            _options, _equity, _roundTrips, _blotter.Orders, _blotter.Events, _fills, _account.Positions, ComputeEquity(), ComputeCash(), _bars);
    }

    /// <summary>Takes the closed bar of a feed: fills working orders on it, then makes it the latest bar.</summary>
    private void CloseBar(int slot)
    {
        Bar bar = _pending[slot];
        _bars++;
        bool hasNext = Fetch(slot, bar.EndUtcTicks);
        long day = bar.StartUtcTicks / TimeSpan.TicksPerDay;
        bool firstOfDay = !_hasLast[slot] || _last[slot].StartUtcTicks / TimeSpan.TicksPerDay != day;
        bool lastOfDay = !hasNext || _pending[slot].StartUtcTicks / TimeSpan.TicksPerDay != day;
        if (_working[slot].Count > 0)
        {
            MatchOrders(slot, in bar, day, firstOfDay, lastOfDay);
        }

        _last[slot] = bar;
        _hasLast[slot] = true;
        _markStale[slot] = true;
        _history?[slot].Add(bar);
        RoundTripTracker trip = _trips[slot];
        if (trip.IsOpen)
        {
            trip.OnBar(bar.Low, bar.High);
        }
    }

    private bool Fetch(int slot, long notBefore)
    {
        IEnumerator<Bar> feed = _feeds[slot];
        if (!feed.MoveNext())
        {
            return false;
        }

        Bar b = feed.Current;
        if (b.PeriodTicks <= 0 || b.StartUtcTicks < notBefore || !(b.Low > 0 && b.Low <= b.Open && b.Open <= b.High && b.Low <= b.Close && b.Close <= b.High))
        {
            throw new InvalidDataException(
                $"bar of {_symbols[slot]} starting {new DateTimeOffset(b.StartUtcTicks, TimeSpan.Zero):O} is invalid: " +
                (b.StartUtcTicks < notBefore ? "it starts before the previous bar ends" : "it needs a positive period and 0 < low ≤ open, close ≤ high"));
        }

        _pending[slot] = b;
        _merge.Push(b.EndUtcTicks, slot);
        return true;
    }

    private void RunScheduled(long t, bool inclusive)
    {
        while (_schedule.TryPeek(out Action<IStrategyContext>? callback, out (long Ticks, long Sequence) due)
            && (due.Ticks < t || (inclusive && due.Ticks == t)))
        {
            _schedule.Dequeue();
            if (due.Ticks > _clock.GetUtcNow().UtcTicks)
            {
                _clock.AdvanceTo(due.Ticks);
            }

            callback(this);
            FlushFillNotices();
        }
    }

    private void FlushFillNotices()
    {
        while (_fillNotices.TryDequeue(out Fill? fill))
        {
            _strategy.OnFill(this, fill);
        }
    }

    private void Sample(long t)
    {
        if (_options.EquitySampling == EquitySampling.Daily && _merge.Count > 0
            && (_merge.MinKey - 1) / TimeSpan.TicksPerDay == (t - 1) / TimeSpan.TicksPerDay)
        {
            return;
        }

        _equity.Add(new EquityPoint(new DateTimeOffset(t, TimeSpan.Zero), ComputeEquity(), ComputeCash()));
    }

    private decimal ComputeCash() => _account.CashInBase(_options.FxRates);

    private decimal ComputeEquity()
    {
        decimal equity = ComputeCash();
        for (int i = 0; i < _position.Length; i++)
        {
            decimal q = _position[i];
            if (q != 0m)
            {
                equity += q * Mark(i) * _instruments[i].Multiplier * _fx[i];
            }
        }

        return equity;
    }

    private decimal Mark(int slot)
    {
        if (_markStale[slot])
        {
            _mark[slot] = _instruments[slot].RoundPrice(_last[slot].Close);
            _markStale[slot] = false;
        }

        return _mark[slot];
    }

    private decimal RateOf(Currency currency, Symbol symbol)
    {
        if (currency == _options.BaseCurrency)
        {
            return 1m;
        }

        return _options.FxRates.TryGetValue(currency, out decimal rate)
            ? rate
            : throw new ArgumentException($"{symbol} trades in {currency} but no FX rate to {_options.BaseCurrency} was given (BacktestOptions.FxRates)", nameof(symbol));
    }
}
