using Bastion.Cli.Commands.Backtest;
using Bastion.Core.MarketData;

namespace Bastion.Cli.Tests.Backtest;

/// <summary><see cref="PrefetchedBars"/>: the consumer sees exactly what the source yields, errors included, in order.</summary>
public sealed class PrefetchedBarsTests
{
    private static Bar BarAt(int i) => new(i * TimeSpan.TicksPerMinute, TimeSpan.TicksPerMinute, i, i + 1, i - 1, i + 0.5, i * 10);

    private static IEnumerable<Bar> Bars(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return BarAt(i);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(16_385)]
    [InlineData(200_000)] // more than the 8 chunks in flight: the reader waits for free ones
    public void Enumerate_AnyLength_SameBarsInSameOrder(int count)
    {
        Assert.Equal(Bars(count), new PrefetchedBars(Bars(count)));
    }

    [Fact]
    public void Enumerate_SourceThrowsAfterSomeBars_YieldsThoseBarsThenTheSameException()
    {
        static IEnumerable<Bar> Failing()
        {
            foreach (Bar bar in Bars(40_000))
            {
                yield return bar;
            }

            throw new InvalidDataException("AAA.csv line 40002: bad close");
        }

        var seen = new List<Bar>();
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (Bar bar in new PrefetchedBars(Failing()))
            {
                seen.Add(bar);
            }
        });

        Assert.Equal("AAA.csv line 40002: bad close", ex.Message);
        Assert.Equal(Bars(40_000), seen);
    }

    [Fact]
    public void Enumerate_ConsumerStopsEarly_SourceIsDisposedBeforeReturning()
    {
        bool disposed = false;
        IEnumerable<Bar> Endless()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    yield return BarAt(i);
                }
            }
            finally
            {
                disposed = true;
            }
        }

        List<Bar> first = [.. new PrefetchedBars(Endless()).Take(10)];

        Assert.Equal(Bars(10), first);
        Assert.True(disposed);
    }

    [Fact]
    public void Enumerate_Twice_EachEnumerationReplaysTheSource()
    {
        var bars = new PrefetchedBars(Bars(2_500));

        Assert.Equal(Bars(2_500), bars.ToList());
        Assert.Equal(Bars(2_500), bars.ToList());
    }
}
