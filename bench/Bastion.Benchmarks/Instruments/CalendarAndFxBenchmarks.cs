using BenchmarkDotNet.Attributes;
using Bastion.Core.Calendars;
using Bastion.Core.Forex;
using Bastion.Core.Money;

namespace Bastion.Benchmarks.Instruments;

/// <summary>Per-call cost of the calendar and FX look-ups a backtest makes on every bar.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class CalendarAndFxBenchmarks
{
    private readonly XnysCalendar _xnys = XnysCalendar.Instance;
    private readonly ITradingCalendar _fx = ForexWeekCalendar.Instance;
    private readonly FxRateTable _rates = new FxRateTable().Set(Currency.Eur, Currency.Usd, 1.08m).Set(Currency.Usd, Currency.Jpy, 150.2m);
    private readonly DateTimeOffset[] _instants = new DateTimeOffset[1024];

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < _instants.Length; i++)
        {
            _instants[i] = start.AddMinutes(i * 1_337L);
        }
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int XnysIsOpen()
    {
        int open = 0;
        foreach (DateTimeOffset t in _instants)
        {
            open += _xnys.IsOpen(t) ? 1 : 0;
        }

        return open;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int ForexWeekIsOpen()
    {
        int open = 0;
        foreach (DateTimeOffset t in _instants)
        {
            open += _fx.IsOpen(t) ? 1 : 0;
        }

        return open;
    }

    [Benchmark]
    public decimal CrossRateViaUsd() => _rates.GetRate(Currency.Eur, Currency.Jpy);
}
