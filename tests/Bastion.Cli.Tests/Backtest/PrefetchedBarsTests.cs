using System.Globalization;
using System.Text;
using Bastion.Cli.Commands.Backtest;
using Bastion.Core.MarketData;
using Bastion.Data;
using Bastion.Data.Csv;

namespace Bastion.Cli.Tests.Backtest;

/// <summary>
/// <see cref="PrefetchedBars"/>: the consumer sees exactly what enumerating the file directly gives, errors included,
/// in order; the reader is closed when the consumer stops.
/// </summary>
public sealed class PrefetchedBarsTests : IDisposable
{
    private readonly CliHarness _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A one-minute OHLCV file of <paramref name="count"/> rows; row <paramref name="badRow"/> (0-based), if any, has a close above its high.</summary>
    private string Csv(int count, int badRow = -1)
    {
        var text = new StringBuilder("timestamp,open,high,low,close,volume\n");
        var t0 = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < count; i++)
        {
            double p = 100 + (i % 97 * 0.01);
            double close = i == badRow ? p + 1 : p + 0.05;
            text.Append(CultureInfo.InvariantCulture, $"{t0.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{p:F2},{p + 0.25:F2},{p - 0.25:F2},{close:F2},{i % 500}\n");
        }

        return _files.File($"AAA-{count}-{badRow}.csv", text.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(16_385)]
    [InlineData(200_000)] // more than the 8 chunks in flight: the reader waits for free ones
    public void Enumerate_AnyLength_SameBarsInSameOrderAsTheFile(int count)
    {
        BarStream stream = BarCsvReader.Open(Csv(count), new BarReadOptions { Period = TimeSpan.FromMinutes(1) });
        Assert.Equal([.. stream], new PrefetchedBars(() => stream.OpenBlocks()));
    }

    [Fact]
    public void Enumerate_BadRowAfterSomeBars_YieldsThoseBarsThenTheSameException()
    {
        BarStream stream = BarCsvReader.Open(Csv(40_010, badRow: 40_000), new BarReadOptions { Period = TimeSpan.FromMinutes(1) });
        var direct = new List<Bar>();
        DataFormatException expected = Assert.Throws<DataFormatException>(() =>
        {
            foreach (Bar bar in stream)
            {
                direct.Add(bar);
            }
        });

        var seen = new List<Bar>();
        DataFormatException ex = Assert.Throws<DataFormatException>(() =>
        {
            foreach (Bar bar in new PrefetchedBars(() => stream.OpenBlocks()))
            {
                seen.Add(bar);
            }
        });

        Assert.Equal(40_000, direct.Count);
        Assert.Equal(expected.Message, ex.Message);
        Assert.Contains("40002", ex.Message, StringComparison.Ordinal);
        Assert.Equal(direct, seen);
    }

    [Fact]
    public void Enumerate_ConsumerStopsEarly_ReaderIsClosedBeforeReturning()
    {
        BarStream stream = BarCsvReader.Open(Csv(300_000), new BarReadOptions { Period = TimeSpan.FromMinutes(1) });
        BarBlockReader? reader = null;
        List<Bar> first = [.. new PrefetchedBars(() => reader = stream.OpenBlocks()).Take(10)];

        Assert.Equal(stream.Take(10), first);
        Assert.NotNull(reader);
        var buffer = new Bar[50_000];
        Assert.Throws<ObjectDisposedException>(() =>
        {
            while (reader.Read(buffer) > 0)
            {
                // An open reader would reach the end of the file and return 0; a closed one fails once its buffer is used up.
            }
        });
    }

    [Fact]
    public void Enumerate_Twice_EachEnumerationRereadsTheFile()
    {
        BarStream stream = BarCsvReader.Open(Csv(2_500), new BarReadOptions { Period = TimeSpan.FromMinutes(1) });
        var bars = new PrefetchedBars(() => stream.OpenBlocks());

        Assert.Equal([.. stream], bars.ToList());
        Assert.Equal([.. stream], bars.ToList());
    }
}
