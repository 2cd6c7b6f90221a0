using System.Globalization;
using System.Text;
using Bastion.Core.MarketData;
using Bastion.Data.Csv;
using Bastion.Data.Validation;

namespace Bastion.Data.Tests.Csv;

public sealed class BarCsvReaderTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_YahooSample_ReadsEveryRowWithRawColumns()
    {
        BarStream stream = BarCsvReader.Open(TestFiles.Sample("NVDA-daily-1999-2014.csv"));
        List<Bar> bars = [.. stream];

        // 4013 lines = header + 4012 rows (wc -l of the file).
        Assert.Equal(4012, bars.Count);
        Assert.Equal(CsvLayout.Yahoo, stream.Layout);
        Assert.Equal(TimeSpan.TicksPerDay, stream.PeriodTicks);
        // First row: 1999-01-22,1.750000,1.953125,1.552083,1.640625,1.518424,67867200
        Assert.Equal(new Bar(new DateTime(1999, 1, 22).Ticks, TimeSpan.TicksPerDay, 1.75, 1.953125, 1.552083, 1.640625, 67867200), bars[0]);
        Assert.Equal(new DateTimeOffset(2014, 12, 31, 0, 0, 0, TimeSpan.Zero), bars[^1].Start);
    }

    [Fact]
    public void Open_YahooAdjusted_ScalesBarsByAdjCloseOverClose()
    {
        Bar first = BarCsvReader.Open(TestFiles.Sample("NVDA-daily-1999-2014.csv"), new BarReadOptions { UseAdjustedClose = true }).First();
        double ratio = 1.518424 / 1.640625;
        Assert.Equal(1.518424, first.Close, 12);
        Assert.Equal(1.75 * ratio, first.Open, 12);
        Assert.Equal(1.552083 * ratio, first.Low, 12);
    }

    [Fact]
    public void Open_SplitDateTimeSample_InfersFiveMinutesAndHonoursEndLabels()
    {
        string path = TestFiles.Fixture("SAMPLE-5min-2006.csv");
        BarStream start = BarCsvReader.Open(path);
        Bar first = start.First();
        Assert.Equal(CsvLayout.DateTimeSplit, start.Layout);
        Assert.Equal(TimeSpan.FromMinutes(5).Ticks, start.PeriodTicks);
        // 2006-01-02,09:05:00,3578.73,3587.88,3578.73,3582.99,0,0
        Assert.Equal(new DateTime(2006, 1, 2, 9, 5, 0).Ticks, first.StartUtcTicks);
        Assert.Equal(3582.99, first.Close);

        Bar endLabelled = BarCsvReader.Open(path, new BarReadOptions { TimestampLabel = TimestampLabel.End }).First();
        Assert.Equal(new DateTime(2006, 1, 2, 9, 0, 0).Ticks, endLabelled.StartUtcTicks);
        Assert.Equal(new DateTime(2006, 1, 2, 9, 5, 0).Ticks, endLabelled.EndUtcTicks);
    }

    [Fact]
    public void Open_OhlcvWithOffsets_ConvertsToUtc()
    {
        string path = _files.Write("x.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02T09:30:00-05:00,10,11,9,10.5,100\n2024-01-02T14:31:00Z,10.5,10.6,10.4,10.5,50\n");
        List<Bar> bars = [.. BarCsvReader.Open(path)];
        Assert.Equal(new DateTime(2024, 1, 2, 14, 30, 0).Ticks, bars[0].StartUtcTicks);
        Assert.Equal(TimeSpan.TicksPerMinute, bars[0].PeriodTicks);
    }

    [Fact]
    public void Open_FailFast_ThrowsNamingFileLineAndField()
    {
        string path = _files.Write("bad.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02,10,11,9,10.5,100\n2024-01-03,10,11,9,abc,100\n2024-01-04,10,11,9,10,100\n");
        DataFormatException ex = Assert.Throws<DataFormatException>(() => BarCsvReader.Open(path).ToList());
        Assert.Equal(path, ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal("close", ex.Field);
        Assert.Contains("'abc' is not a number", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3: close:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DropBadRows_KeepsGoodRowsAndCountsByReason()
    {
        string path = _files.Write("mixed.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02,10,11,9,10.5,100\n" +   // good
            "2024-01-03,10,11,9,abc,100\n" +    // unparseable
            "2024-01-03,10,9,11,10,100\n" +     // high < low
            "2024-01-04,10,11,9,12,100\n" +     // close > high
            "2024-01-05,0,11,9,10,100\n" +      // non-positive
            "2024-01-08,10,11,9,10,-5\n" +      // negative volume
            "2024-01-08,10,11,9,10,5\n" +       // good
            "2024-01-08,10,11,9,10,5\n" +       // duplicate
            "2024-01-05,10,11,9,10,5\n" +       // out of order
            "2024-01-09,10,11,9,10,5\n" +       // good
            "2024-01-10,10,11\n");              // too few fields
        BarStream stream = BarCsvReader.Open(path, new BarReadOptions { Mode = ReadMode.DropBadRows });
        List<Bar> bars = [.. stream];

        Assert.Equal(3, bars.Count);
        Assert.Equal(3, stream.Dropped.RowsRead);
        Assert.Equal(8, stream.Dropped.Total);
        Assert.Equal(2, stream.Dropped.Count(DataIssueKind.Unparseable));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.HighBelowLow));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.CloseOutsideRange));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.NonPositivePrice));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.NegativeVolume));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.DuplicateTimestamp));
        Assert.Equal(1, stream.Dropped.Count(DataIssueKind.OutOfOrderTimestamp));
        Assert.Equal(3, stream.Dropped.FirstExamples[DataIssueKind.Unparseable].Line);

        // Enumerating again starts over: same bars, same counts.
        Assert.Equal(bars, [.. stream]);
        Assert.Equal(8, stream.Dropped.Total);
    }

    [Fact]
    public void OpenBlocks_SmallBlocks_SameBarsAndDropsAsEnumerating()
    {
        string path = _files.Write("mixed-blocks.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02,10,11,9,10.5,100\n2024-01-03,10,11,9,abc,100\n2024-01-04,10,11,9,10,100\n" +
            "2024-01-05,10,9,11,10,100\n2024-01-08,10,11,9,10,5\n2024-01-09,10,11,9,10,5\n2024-01-10,10,11,9,10,5\n");
        BarStream stream = BarCsvReader.Open(path, new BarReadOptions { Mode = ReadMode.DropBadRows });
        List<Bar> expected = [.. stream];
        string drops = stream.Dropped.ToString();

        var blocks = new List<Bar>();
        var buffer = new Bar[2];
        using (BarBlockReader reader = stream.OpenBlocks())
        {
            for (int n; (n = reader.Read(buffer)) > 0;)
            {
                blocks.AddRange(buffer.AsSpan(0, n));
            }

            Assert.Equal(0, reader.Read(buffer)); // the end stays the end
        }

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, blocks);
        Assert.Equal(drops, stream.Dropped.ToString());
        Assert.Equal(2, stream.Dropped.Total);
    }

    [Fact]
    public void OpenBlocks_Window_SkipsEarlierBarsAndStopsBeforeReadingPastTheEnd()
    {
        // The row after the window's end is malformed: reading stops at the first bar past the end, so it is never reached.
        string path = _files.Write("window.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02,10,11,9,10.5,100\n2024-01-03,10,11,9,10,100\n2024-01-04,10,11,9,10,100\n" +
            "2024-01-05,10,11,9,10,100\n2024-01-08,10,11,9,10,5\n2024-01-09,10,11,9,abc,5\n");
        BarStream stream = BarCsvReader.Open(path);
        var from = new DateTime(2024, 1, 3, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        using BarBlockReader reader = stream.OpenBlocks(from.Ticks, to.Ticks);
        var buffer = new Bar[10];
        int n = reader.Read(buffer);

        Assert.Equal([from.Ticks, from.AddDays(1).Ticks], buffer.AsSpan(0, n).ToArray().Select(b => b.StartUtcTicks));
        Assert.Equal(0, reader.Read(buffer));
    }

    [Fact]
    public void OpenBlocks_FailFast_ReturnsTheBarsBeforeTheBadRowThenThrowsWhatEnumeratingThrows()
    {
        string path = _files.Write("bad-blocks.csv", "timestamp,open,high,low,close,volume\n" +
            "2024-01-02,10,11,9,10.5,100\n2024-01-03,10,11,9,10,100\n2024-01-04,10,11,9,abc,100\n2024-01-05,10,11,9,10,100\n");
        BarStream stream = BarCsvReader.Open(path);
        DataFormatException expected = Assert.Throws<DataFormatException>(() => stream.ToList());
        using BarBlockReader reader = stream.OpenBlocks();
        var buffer = new Bar[10];

        Assert.Equal(2, reader.Read(buffer));
        DataFormatException ex = Assert.Throws<DataFormatException>(() => reader.Read(buffer));
        Assert.Equal(expected.Message, ex.Message);
        Assert.Equal(4, ex.Line);
    }

    [Fact]
    public void Open_WideFile_IsRefusedWithAPointer()
    {
        DataFormatException ex = Assert.Throws<DataFormatException>(() => BarCsvReader.Open(TestFiles.Sample("spy_prices.csv")));
        Assert.Contains("WidePriceReader", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CrlfBomAndBlankLines_AreTolerated()
    {
        string path = Path.Combine(_files.Directory, "crlf.csv");
        File.WriteAllText(path, "timestamp,open,high,low,close,volume\r\n2024-01-02,10,11,9,10.5,100\r\n\r\n2024-01-03,10,11,9,10,1\r\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        List<Bar> bars = [.. BarCsvReader.Open(path)];
        Assert.Equal(2, bars.Count);
        Assert.Equal(1.0, bars[1].Volume);
    }

    [Fact]
    public void Enumerate_LargeFile_MemoryStaysBoundedWhileStreaming()
    {
        // 200,000 one-minute rows (~9 MB): the reader holds one 64 KB buffer, not the file. Allocation for the whole
        // pass must stay far below the file size (the bars themselves are structs handed out one at a time).
        const int Rows = 200_000;
        string path = WriteMinuteFile(Rows);
        long fileBytes = new FileInfo(path).Length;
        BarStream stream = BarCsvReader.Open(path, new BarReadOptions { Period = TimeSpan.FromMinutes(1) });
        long before = GC.GetAllocatedBytesForCurrentThread();
        long count = 0;
        double sum = 0;
        foreach (Bar bar in stream)
        {
            count++;
            sum += bar.Close;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Rows, count);
        Assert.True(sum > 0);
        Assert.True(allocated < 512 * 1024, $"allocated {allocated} bytes reading a {fileBytes}-byte file");
    }

    [Fact]
    public void Enumerate_MultiMillionRowFile_Streams()
    {
        if (Environment.GetEnvironmentVariable("BASTION_STRESS") != "1")
        {
            return; // Stress test: BASTION_STRESS=1 (writes and replays ~5 million rows, ~230 MB).
        }

        const int Rows = 5_000_000;
        string path = WriteMinuteFile(Rows);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long count = BarCsvReader.Open(path).LongCount();
        Assert.Equal(Rows, count);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024);
    }

    private string WriteMinuteFile(int rows)
    {
        string path = Path.Combine(_files.Directory, $"big-{rows}.csv");
        using var writer = new StreamWriter(path);
        writer.Write("timestamp,open,high,low,close,volume\n");
        var t = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < rows; i++)
        {
            double p = 100 + (i % 1000 * 0.01);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{t.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{p:F2},{p + 0.5:F2},{p - 0.5:F2},{p + 0.1:F2},{i % 5000}\n"));
        }

        return path;
    }
}
