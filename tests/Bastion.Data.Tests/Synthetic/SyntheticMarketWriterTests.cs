using Bastion.Core.MarketData;
using Bastion.Data.Csv;
using Bastion.Data.Synthetic;
using Bastion.Data.Validation;

namespace Bastion.Data.Tests.Synthetic;

public sealed class SyntheticMarketWriterTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Write_SameSeed_ByteIdenticalFiles()
    {
        var options = new SyntheticMarketOptions { Symbols = ["AAA", "BBB"], Days = 300, Seed = 42 };
        IReadOnlyList<GeneratedFile> a = SyntheticMarketWriter.Write(new SyntheticMarket(options), Path.Combine(_files.Directory, "a"), GeneratedLayout.Ohlcv, false);
        IReadOnlyList<GeneratedFile> b = SyntheticMarketWriter.Write(new SyntheticMarket(options), Path.Combine(_files.Directory, "b"), GeneratedLayout.Ohlcv, false);
        IReadOnlyList<GeneratedFile> c = SyntheticMarketWriter.Write(new SyntheticMarket(options with { Seed = 43 }), Path.Combine(_files.Directory, "c"), GeneratedLayout.Ohlcv, false);

        Assert.Equal(2, a.Count);
        Assert.Equal(300, a[0].Rows);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(a[i].Path), File.ReadAllBytes(b[i].Path));
            Assert.NotEqual(File.ReadAllBytes(a[i].Path), File.ReadAllBytes(c[i].Path));
        }

        Assert.StartsWith("timestamp,open,high,low,close,volume\n2015-01-02,", File.ReadAllText(a[0].Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DailyAndIntradayFiles_ValidateCleanAndReadBack()
    {
        var daily = new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["AAA", "BBB", "CCC"], Days = 500, Seed = 5, JumpsPerYear = 20 });
        var intraday = new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["AAA"], Days = 5, Seed = 5, Resolution = TimeSpan.FromMinutes(5) });
        string dir = _files.Directory;
        IReadOnlyList<GeneratedFile> files = [
            .. SyntheticMarketWriter.Write(daily, Path.Combine(dir, "d"), GeneratedLayout.Ohlcv, false),
            .. SyntheticMarketWriter.Write(daily, Path.Combine(dir, "w"), GeneratedLayout.Wide, false),
            .. SyntheticMarketWriter.Write(intraday, Path.Combine(dir, "i"), GeneratedLayout.Ohlcv, false)];

        var calendar = new WeekdayCalendar();
        foreach (GeneratedFile file in files)
        {
            ValidationReport report = DataValidator.Validate(file.Path, new ValidationOptions { Calendar = calendar });
            Assert.True(report.IsClean, string.Join('\n', report.Issues.Take(3)));
            Assert.DoesNotContain(report.Issues, i => i.Kind is DataIssueKind.MissingTradingDay or DataIssueKind.NonTradingDay);
        }

        List<Bar> bars = [.. BarCsvReader.Open(files[^1].Path)];
        Assert.Equal(5 * 78, bars.Count);
        Assert.Equal(TimeSpan.FromMinutes(5).Ticks, bars[0].PeriodTicks);
        Assert.Equal(new DateTime(2015, 1, 2, 14, 30, 0).Ticks, bars[0].StartUtcTicks);

        PriceMatrix wide = WidePriceReader.Read(files[3].Path);
        Assert.Equal(500, wide.RowCount);
        Assert.Equal(["AAA", "BBB", "CCC"], wide.Symbols);
        // Same market, same closes: the wide file's BBB column is the BBB OHLCV file's close column (4 decimals both).
        Assert.Equal(BarCsvReader.ReadAll(files[1].Path).Select(b => b.Close), wide.Column("BBB").ToArray());
    }

    [Fact]
    public void Write_ExistingNonEmptyFile_IsNotOverwrittenWithoutPermission()
    {
        var market = new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["AAA", "BBB"], Days = 10 });
        string bbb = _files.Write("BBB-1d.csv", "keep me");
        IOException ex = Assert.Throws<IOException>(() => SyntheticMarketWriter.Write(market, _files.Directory, GeneratedLayout.Ohlcv, false));
        Assert.Contains("BBB-1d.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(bbb));
        Assert.False(File.Exists(Path.Combine(_files.Directory, "AAA-1d.csv"))); // nothing written at all

        SyntheticMarketWriter.Write(market, _files.Directory, GeneratedLayout.Ohlcv, true);
        Assert.StartsWith("timestamp,", File.ReadAllText(bbb), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WideIntraday_IsRefused()
    {
        var market = new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A"], Days = 1, Resolution = TimeSpan.FromMinutes(1) });
        Assert.Throws<ArgumentException>(() => SyntheticMarketWriter.Write(market, _files.Directory, GeneratedLayout.Wide, false));
    }
}
