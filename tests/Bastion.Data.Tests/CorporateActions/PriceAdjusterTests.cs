using System.Globalization;
using System.IO.Compression;
using Bastion.Core.MarketData;
using Bastion.Data.Csv;
using Bastion.Data.CorporateActions;

namespace Bastion.Data.Tests.CorporateActions;

public sealed class PriceAdjusterTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("ORCL-daily-1995-2014.csv", "ORCL-dividends.csv")]
    [InlineData("NVDA-daily-1999-2014.csv", "NVDA-dividends.csv")]
    public void BackAdjust_DividendsOnYahooClose_MatchesYahooAdjClose(string sample, string actionsFile)
    {
        // Yahoo's Close column is split-adjusted but not dividend-adjusted; Adj Close adds the dividends with the
        // CRSP factor 1 − D / previous close. Applying the published dividends to Close must give Adj Close.
        IReadOnlyList<Bar> bars = BarCsvReader.ReadAll(TestFiles.Sample(sample));
        double[] yahooAdj = [.. BarCsvReader.Open(TestFiles.Sample(sample), new BarReadOptions { UseAdjustedClose = true }).Select(b => b.Close)];
        Bar[] adjusted = PriceAdjuster.BackAdjust(bars, CorporateActionFile.Read(TestFiles.Fixture(actionsFile)));

        // The files were downloaded after 2014, so Adj Close also carries the dividends paid after the last row: its
        // ratio to Close ends at a constant (ORCL 0.9407, NVDA 0.9689). Compare factors relative to the last row.
        double lastRatio = yahooAdj[^1] / bars[^1].Close;
        double worst = 0;
        for (int i = 0; i < bars.Count; i++)
        {
            double ours = adjusted[i].Close / bars[i].Close;
            double yahoo = yahooAdj[i] / bars[i].Close / lastRatio;
            worst = Math.Max(worst, Math.Abs(ours - yahoo));
        }

        // Residual: at most 7.1e-7 in the factor (ORCL; NVDA 6.8e-7), the same with an independent pandas 1.5.3
        // computation (tools/fixtures/data/yahoo_dividend_check.py), so it is Yahoo's own rounding of its adjusted
        // prices and factors (6 printed decimals on prices near 1–2 dollars give up to 5e-7 alone). One dividend
        // left out would move the factor by 2e-3 or more.
        Assert.True(worst <= 1e-6, $"largest factor difference from Yahoo = {worst}");
        Assert.Equal(bars[^1].Close, adjusted[^1].Close); // the latest prices stay as they are
        Assert.True(adjusted[0].Close < bars[0].Close);
    }

    [Fact]
    public void PriceFactors_LeanSpyFactorFile_Reproduced()
    {
        // LEAN's factor file rows are (date d, price factor f, split factor, reference price r): prices on or before
        // d (and after the previous row's date) are multiplied by f; d is the last day before an ex-date and r is the
        // raw close of d. Rebuild the dividends from successive rows, D = (1 − f_i / f_{i+1}) · r_i, apply them with
        // the adjuster to LEAN's raw daily closes, and compare with LEAN's factor for every day. This checks what the
        // adjuster decides on its own: which close is "previous" (it must equal LEAN's reference price), which rows
        // an action reaches, and how factors compound.
        (DateOnly Date, double Factor, double Reference)[] rows = [.. File.ReadAllLines(TestFiles.Fixture("lean-spy-factor-file.csv"))
            .Select(l => l.Split(','))
            .Select(f => (DateOnly.ParseExact(f[0], "yyyyMMdd", CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))];
        (List<DateOnly> dates, List<double> closes) = ReadLeanDaily(TestFiles.Fixture("lean-spy-daily.zip"));

        var actions = new List<CorporateAction>();
        for (int i = 1; i < rows.Length - 1; i++)
        {
            int day = dates.IndexOf(rows[i].Date);
            Assert.True(day >= 0, $"factor row {rows[i].Date} is a trading day of the daily file");
            Assert.Equal(rows[i].Reference, closes[day], 6);
            double dividend = (1 - (rows[i].Factor / rows[i + 1].Factor)) * rows[i].Reference;
            actions.Add(new CorporateAction(dates[day + 1], CorporateActionType.Dividend, dividend));
        }

        double[] ours = PriceAdjuster.PriceFactors(dates, closes.ToArray(), actions);
        for (int t = 0; t < dates.Count; t++)
        {
            double lean = rows.First(r => r.Date >= dates[t]).Factor;
            Assert.True(Math.Abs(ours[t] - lean) < 1e-9, $"{dates[t]}: ours {ours[t]}, LEAN {lean}");
        }
    }

    [Fact]
    public void BackAdjust_SplitAndDividend_HandComputed()
    {
        // Raw: 100, 102 | 2-for-1 split ex day 3 | 51, 50 | dividend 1.00 ex day 5 | 49.5
        // Split factor 1/2 before day 3; dividend factor 1 − 1/50 = 0.98 before day 5.
        Bar[] bars =
        [
            Day(1, 100, 1000), Day(2, 102, 1000), Day(3, 51, 2000), Day(4, 50, 2000), Day(5, 49.5, 2000),
        ];
        CorporateAction[] actions =
        [
            new(new DateOnly(2024, 1, 3), CorporateActionType.Split, 2),
            new(new DateOnly(2024, 1, 5), CorporateActionType.Dividend, 1.0),
        ];
        Bar[] adjusted = PriceAdjuster.BackAdjust(bars, actions);

        Assert.Equal([100 * 0.5 * 0.98, 102 * 0.5 * 0.98, 51 * 0.98, 50 * 0.98, 49.5], adjusted.Select(b => b.Close), new Tolerance(1e-12));
        Assert.Equal([2000, 2000, 2000, 2000, 2000], adjusted.Select(b => b.Volume), new Tolerance(1e-9));
        Assert.Equal(bars[0].High * 0.49, adjusted[0].High, 12);
    }

    [Fact]
    public void BackAdjust_ActionBeforeFirstBar_IsIgnored_AndHugeDividendIsRejected()
    {
        Bar[] bars = [Day(2, 10, 1), Day(3, 11, 1)];
        Assert.Equal(bars, PriceAdjuster.BackAdjust(bars, [new(new DateOnly(2024, 1, 1), CorporateActionType.Split, 2)]));
        Assert.Throws<ArgumentException>(() => PriceAdjuster.BackAdjust(bars, [new(new DateOnly(2024, 1, 3), CorporateActionType.Dividend, 10)]));
    }

    [Theory]
    [InlineData("date,kind,value\n", 1, "header")]
    [InlineData("date,type,value\n2024-13-01,split,2\n", 2, "date")]
    [InlineData("date,type,value\n2024-01-02,merger,2\n", 2, "type")]
    [InlineData("date,type,value\n2024-01-02,dividend,-1\n", 2, "value")]
    public void Read_BadActionsFile_NamesLineAndField(string content, int line, string field)
    {
        string path = _files.Write("actions.csv", content);
        DataFormatException ex = Assert.Throws<DataFormatException>(() => CorporateActionFile.Read(path));
        Assert.Equal((path, line, field), (ex.File, ex.Line, ex.Field));
    }

    private static Bar Day(int day, double close, double volume)
        => new(new DateTime(2024, 1, day).Ticks, TimeSpan.TicksPerDay, close, close * 1.01, close * 0.99, close, volume);

    private static (List<DateOnly>, List<double>) ReadLeanDaily(string zip)
    {
        // LEAN daily rows: "yyyyMMdd 00:00,open,high,low,close,volume", prices in 1/10,000 dollars.
        using ZipArchive archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.Entries[0].Open());
        var dates = new List<DateOnly>();
        var closes = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            string[] f = line.Split(',');
            dates.Add(DateOnly.ParseExact(f[0][..8], "yyyyMMdd", CultureInfo.InvariantCulture));
            closes.Add(double.Parse(f[4], CultureInfo.InvariantCulture) / 10_000);
        }

        return (dates, closes);
    }

    private sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= eps;

        public int GetHashCode(double obj) => 0;
    }
}
