using System.IO.Compression;
using Bastion.Core.MarketData;
using Bastion.Data.Lean;

namespace Bastion.Data.Tests.Lean;

public sealed class LeanZipReaderTests
{
    [Fact]
    public void Open_MinuteZip_ConvertsExchangeTimeAndPriceUnits()
    {
        // Rows "ms since midnight New York time,open,...": 14400000 = 04:00 EDT = 08:00 UTC on 2013-10-07;
        // 34200000 = 09:30 EDT = 13:30 UTC. Prices in 1/10,000 dollars: 1674100 = 167.41.
        List<Bar> bars = [.. LeanZipReader.Open(TestFiles.Fixture("20131007_trade.zip"), LeanResolution.Minute)];
        Assert.Equal(828, bars.Count); // grep -c . of the unzipped file (the last line has no newline)
        Assert.Equal(new DateTime(2013, 10, 7, 8, 0, 0).Ticks, bars[0].StartUtcTicks);
        Assert.Equal(new Bar(bars[0].StartUtcTicks, TimeSpan.TicksPerMinute, 167.41, 167.41, 167.25, 167.27, 3197), bars[0]);
        Bar open = Assert.Single(bars, b => b.Start == new DateTimeOffset(2013, 10, 7, 13, 30, 0, TimeSpan.Zero));
        Assert.True(open.Volume > 0);
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.StartUtcTicks < p.Second.StartUtcTicks));
    }

    [Fact]
    public void Open_DailyZip_DatesAtMidnightUtc()
    {
        List<Bar> bars = [.. LeanZipReader.Open(TestFiles.Fixture("lean-spy-daily.zip"), LeanResolution.Daily)];
        // 19980102 00:00,973100,975300,965300,973600,2150000 ... 20210331 00:00,3953500,3980000,3953300,3963300,90673494
        Assert.Equal(5849, bars.Count); // grep -c . of the unzipped file
        Assert.Equal(new Bar(new DateTime(1998, 1, 2).Ticks, TimeSpan.TicksPerDay, 97.31, 97.53, 96.53, 97.36, 2150000), bars[0]);
        Assert.Equal(396.33, bars[^1].Close, 10);
    }

    [Fact]
    public void Open_HourZip_ConvertsNewYorkTimeAcrossDaylightSaving()
    {
        // 2013-11-01 is EDT (UTC−4), 2013-11-04 EST (UTC−5): 09:00 New York = 13:00 and 14:00 UTC.
        string path = Path.Combine(Path.GetTempPath(), $"bastion-lean-hour-{Guid.NewGuid():N}.zip");
        try
        {
            using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("spy.csv").Open()))
            {
                writer.Write("20131101 09:00,1760000,1761000,1759000,1760500,1000\n20131104 09:00,1770000,1771000,1769000,1770500,2000\n");
            }

            List<Bar> bars = [.. LeanZipReader.Open(path, LeanResolution.Hour)];
            Assert.Equal(new DateTime(2013, 11, 1, 13, 0, 0).Ticks, bars[0].StartUtcTicks);
            Assert.Equal(new DateTime(2013, 11, 4, 14, 0, 0).Ticks, bars[1].StartUtcTicks);
            Assert.Equal(TimeSpan.TicksPerHour, bars[0].PeriodTicks);
            Assert.Equal(176.05, bars[0].Close);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_BadRow_NamesZipEntryLineAndField()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bastion-lean-bad-{Guid.NewGuid():N}.zip");
        try
        {
            using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("spy.csv").Open()))
            {
                writer.Write("19980102 00:00,973100,975300,965300,973600,2150000\n19980105 00:00,978400,x,967800,977500,4030800\n");
            }

            DataFormatException ex = Assert.Throws<DataFormatException>(() => LeanZipReader.Open(path, LeanResolution.Daily).ToList());
            Assert.Equal((2, "high"), (ex.Line, ex.Field));
            Assert.EndsWith("/spy.csv", ex.File, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_MinuteZipWithoutDateName_IsRejected()
        => Assert.Throws<ArgumentException>(() => LeanZipReader.Open("/tmp/spy.zip", LeanResolution.Minute));
}
