using System.Collections;
using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using Bastion.Engine.Results;
using Bastion.Engine.Strategies;

namespace Bastion.Engine.Tests;

public sealed class NoLookaheadTests
{
    private static readonly string[] s_names = ["AAA", "BBB", "CCC"];

    private static BarFeed[] Feeds(int changeFrom)
    {
        var feeds = new BarFeed[s_names.Length];
        for (int i = 0; i < feeds.Length; i++)
        {
            Bar[] a = SyntheticBars.Daily((ulong)(10 + i), 300).ToArray();
            Bar[] b = SyntheticBars.Daily((ulong)(99 + i), 300, startPrice: 60).ToArray();
            for (int k = changeFrom; k < a.Length; k++)
            {
                a[k] = b[k] with { StartUtcTicks = a[k].StartUtcTicks };
            }

            feeds[i] = new BarFeed(new Equity(Symbol.Create(s_names[i])), a);
        }

        return feeds;
    }

    private static string Decisions(BacktestResult r, DateTimeOffset until) =>
        string.Join('\n', r.Orders.Where(o => o.SubmittedAt <= until).Select(o => $"{o.SubmittedAt:O} {o.Request}"));

    [Theory]
    [InlineData("sma-cross", "fast=5,slow=20")]
    [InlineData("momentum", "lookback=40,top=1")]
    [InlineData("equal-weight", "")]
    public void ChangingTheFuture_DoesNotChangePastDecisionsOrEquity(string name, string parameters)
    {
        // Bars 0..199 are the same in both runs, bars 200.. differ. Every decision taken at or before bar 199's
        // close, and every equity point up to then, must be identical; an engine that delivered a bar before its
        // end, or filled on the bar that triggered the order, would differ.
        const int ChangeFrom = 200;
        DateTimeOffset cutoff = SyntheticBars.Start.AddDays(ChangeFrom);
        var p = StrategyRegistry.ParseParameters(parameters.Split(',', StringSplitOptions.RemoveEmptyEntries));
        BacktestResult same = Backtest.Run(StrategyRegistry.Create(name, p), Feeds(int.MaxValue));
        BacktestResult changed = Backtest.Run(StrategyRegistry.Create(name, p), Feeds(ChangeFrom));
        Assert.NotEqual(same.OrderListHash, changed.OrderListHash); // the perturbation does matter afterwards
        Assert.NotEmpty(Decisions(same, cutoff));
        Assert.Equal(Decisions(same, cutoff), Decisions(changed, cutoff));
        Assert.Equal(same.EquityCurve.Where(e => e.Time <= cutoff), changed.EquityCurve.Where(e => e.Time <= cutoff));
    }

    [Fact]
    public void Strategy_SeesOnlyClosedBarsAndFeedsAreReadOneBarAhead()
    {
        var counters = new CountingFeed[s_names.Length];
        var feeds = new BarFeed[s_names.Length];
        for (int i = 0; i < feeds.Length; i++)
        {
            // Symbol i trades every (i + 1) days, so the merge interleaves feeds of different density.
            Bar[] bars = SyntheticBars.Daily((ulong)i, 120).Where((_, k) => k % (i + 1) == 0).ToArray();
            counters[i] = new CountingFeed(bars);
            feeds[i] = new BarFeed(new Equity(Symbol.Create(s_names[i])), counters[i]);
        }

        var observer = new Observer(counters);
        Backtest.Run(observer, feeds);
        Assert.Equal(120 + 60 + 40, observer.Bars);
        Assert.Empty(observer.Violations);
    }

    [Fact]
    public void Schedule_RunsAtItsTimeAfterBarsClosingThenAndBeforeLaterBars()
    {
        var s = new ScheduleProbe();
        Backtest.Run(s, [new BarFeed(new Equity(Symbol.Create("AAA")), SyntheticBars.Daily(1, 10))]);
        // Scheduled at day 3 00:00 (the end of bar 2) and day 5 12:00 (inside the bar of Jan 6, which closes later, so it is not seen yet).
        Assert.Equal(
            ["bar 2020-01-01", "bar 2020-01-02", "bar 2020-01-03", "cb 2020-01-04T00:00 last 2020-01-03", "bar 2020-01-04",
             "bar 2020-01-05", "cb 2020-01-06T12:00 last 2020-01-05", "bar 2020-01-06"],
            s.Log.Take(8));
    }

    private sealed class ScheduleProbe : Strategy
    {
        public List<string> Log { get; } = [];

        public override void Initialize(IStrategyContext context)
        {
            context.Schedule(SyntheticBars.Start.AddDays(3), Callback);
            context.Schedule(SyntheticBars.Start.AddDays(5.5), Callback);
        }

        public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar) => Log.Add($"bar {bar.Start:yyyy-MM-dd}");

        private void Callback(IStrategyContext c) => Log.Add($"cb {c.Time:yyyy-MM-ddTHH:mm} last {c.LastBar(0).Start:yyyy-MM-dd}");
    }

    private sealed class Observer(CountingFeed[] feeds) : Strategy
    {
        private readonly int[] _delivered = new int[feeds.Length];

        public List<string> Violations { get; } = [];

        public int Bars { get; private set; }

        public override void Initialize(IStrategyContext context) => context.RequestHistory(5);

        public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
        {
            Bars++;
            _delivered[symbolIndex]++;
            long now = context.Time.UtcTicks;
            if (bar.EndUtcTicks != now)
            {
                Violations.Add($"bar ending {bar.End:O} delivered at {context.Time:O}");
            }

            for (int i = 0; i < feeds.Length; i++)
            {
                if (context.HasBar(i) && context.LastBar(i).EndUtcTicks > now)
                {
                    Violations.Add($"latest bar of {i} ends after now");
                }

                BarHistory h = context.History(i);
                for (int k = 0; k < h.Count; k++)
                {
                    if (h[k].EndUtcTicks > now || (k > 0 && h[k].EndUtcTicks > h[k - 1].StartUtcTicks))
                    {
                        Violations.Add($"history of {i} holds a future or misordered bar");
                    }
                }

                if (feeds[i].Pulled > _delivered[i] + 1 + (i == symbolIndex ? 0 : 1))
                {
                    Violations.Add($"feed {i} was read {feeds[i].Pulled} bars with {_delivered[i]} delivered");
                }
            }
        }
    }

    /// <summary>A feed that counts how many bars the engine has pulled from it.</summary>
    private sealed class CountingFeed(Bar[] bars) : IEnumerable<Bar>
    {
        public int Pulled { get; private set; }

        public IEnumerator<Bar> GetEnumerator()
        {
            foreach (Bar b in bars)
            {
                Pulled++;
                yield return b;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
