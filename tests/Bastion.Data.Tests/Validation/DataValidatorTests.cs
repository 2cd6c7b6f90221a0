using System.Globalization;
using System.Text;
using Bastion.Data.Csv;
using Bastion.Data.Validation;

namespace Bastion.Data.Tests.Validation;

public sealed class DataValidatorTests : IDisposable
{
    private const string Header = "timestamp,open,high,low,close,volume\n";
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_FileWithEveryRowError_ReportsEachWithLineAndField()
    {
        string path = _files.Write("bad.csv", Header +
            "2024-01-02,10,11,9,10.5,100\n" +       // 2 good
            "2024-01-03,10,11,9,abc,100\n" +        // 3 close unparseable
            "2024-01-04,10,9,11,10,100\n" +         // 4 high < low
            "2024-01-05,12,11,9,8,100\n" +          // 5 open and close outside
            "2024-01-08,-1,11,NaN,10,-3\n" +        // 6 open and low non-positive, volume negative
            "2024-01-09,10,11,9,10,5\n" +           // 7 good
            "2024-01-09,10,11,9,10,5\n" +           // 8 duplicate
            "2024-01-05,10,11,9,10,5\n" +           // 9 out of order
            "2024-01-10,10,11\n");                  // 10 too few fields
        ValidationReport report = DataValidator.Validate(path);

        (int, string, DataIssueKind)[] expected =
        [
            (3, "close", DataIssueKind.Unparseable),
            (4, "high", DataIssueKind.HighBelowLow),
            (5, "open", DataIssueKind.OpenOutsideRange),
            (5, "close", DataIssueKind.CloseOutsideRange),
            (6, "open", DataIssueKind.NonPositivePrice),
            (6, "low", DataIssueKind.NonPositivePrice),
            (6, "volume", DataIssueKind.NegativeVolume),
            (8, "timestamp", DataIssueKind.DuplicateTimestamp),
            (9, "timestamp", DataIssueKind.OutOfOrderTimestamp),
            (10, "row", DataIssueKind.Unparseable),
        ];
        Assert.Equal(expected, report.Issues.Select(i => (i.Line, i.Field, i.Kind)));
        Assert.All(report.Issues, i => Assert.Equal(path, i.File));
        Assert.Equal(10, report.ErrorCount);
        Assert.Equal(9, report.Rows);
        Assert.False(report.IsClean);
    }

    [Fact]
    public void Validate_PriceJump_FlaggedAtItsLineWithConfigurableSigma()
    {
        // 60 quiet days alternating ±1%, then a 10% jump on line 63: ~10 robust sigma (MAD of ±1% returns is 1%).
        var sb = new StringBuilder(Header);
        double p = 100;
        var day = new DateOnly(2024, 1, 1);
        for (int i = 0; i < 61; i++)
        {
            p *= i % 2 == 0 ? 1.01 : 1 / 1.01;
            sb.Append(Row(day.AddDays(i), p));
        }

        p *= 1.10;
        sb.Append(Row(day.AddDays(61), p));
        string path = _files.Write("jump.csv", sb.ToString());

        DataIssue jump = Assert.Single(DataValidator.Validate(path, new ValidationOptions { MaxSigma = 5 }).Issues);
        Assert.Equal(DataIssueKind.PriceJump, jump.Kind);
        Assert.Equal(IssueSeverity.Warning, jump.Severity);
        Assert.Equal(63, jump.Line);
        Assert.Equal("close", jump.Field);
        // log(1.10) / (1.4826 · log(1.01)) = 6.44 robust sigma: below a limit of 7, so nothing is flagged there.
        Assert.Empty(DataValidator.Validate(path, new ValidationOptions { MaxSigma = 7 }).Issues);
    }

    [Fact]
    public void Validate_StaleRun_FlaggedOnceWhenTheRunReachesK()
    {
        string path = _files.Write("stale.csv", Header + string.Concat(
            Enumerable.Range(0, 8).Select(i => Row(new DateOnly(2024, 1, 1).AddDays(i), i is >= 2 and <= 6 ? 50 : 40 + i))));
        DataIssue stale = Assert.Single(DataValidator.Validate(path, new ValidationOptions { StaleRun = 4 }).Issues);
        Assert.Equal(DataIssueKind.StalePrice, stale.Kind);
        Assert.Equal(7, stale.Line); // closes on lines 4..8 are 50; the 4th repeat is line 7.
        Assert.Empty(DataValidator.Validate(path, new ValidationOptions { StaleRun = 6 }).Issues);
    }

    [Fact]
    public void Validate_WithCalendar_ReportsMissingTradingDaysAndNonTradingDays()
    {
        // Mon 2024-01-01 is a holiday of the test calendar; rows: Tue 2, Wed 3, Mon 8 (Thu 4, Fri 5 missing), Sat 13.
        var calendar = new WeekdayCalendar(new DateOnly(2024, 1, 1));
        string path = _files.Write("gaps.csv", Header +
            Row(new DateOnly(2024, 1, 2), 10) + Row(new DateOnly(2024, 1, 3), 10.1) + Row(new DateOnly(2024, 1, 8), 10.2) +
            Row(new DateOnly(2024, 1, 13), 10.3));
        ValidationReport report = DataValidator.Validate(path, new ValidationOptions { Calendar = calendar });

        Assert.Equal(
            [(4, DataIssueKind.MissingTradingDay), (5, DataIssueKind.NonTradingDay), (5, DataIssueKind.MissingTradingDay)],
            report.Issues.Select(i => (i.Line, i.Kind)));
        Assert.Contains("2 trading days", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-04", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.True(report.IsClean); // calendar findings are warnings
        Assert.Empty(DataValidator.Validate(path).Issues); // no calendar, no gap check
    }

    [Fact]
    public void Validate_WideFile_ChecksCellsAndDatesOncePerRow()
    {
        var calendar = new WeekdayCalendar();
        string path = _files.Write("wide.csv", "date,AAA,BBB\n2024-01-02,1,2\n2024-01-03,,0\n2024-01-05,1.1,abc\n2024-01-05,1,1\n");
        ValidationReport report = DataValidator.Validate(path, new ValidationOptions { Calendar = calendar });
        Assert.Equal(CsvLayout.WidePrices, report.Layout);
        Assert.Equal(4, report.Rows);
        Assert.Equal(
            [(3, "BBB", DataIssueKind.NonPositivePrice), (4, "BBB", DataIssueKind.Unparseable), (4, "date", DataIssueKind.MissingTradingDay),
             (5, "date", DataIssueKind.DuplicateTimestamp)],
            report.Issues.Select(i => (i.Line, i.Field, i.Kind)));
    }

    [Theory]
    [InlineData("NVDA-daily-1999-2014.csv")]
    [InlineData("ORCL-daily-1995-2014.csv")]
    [InlineData("YHOO-daily-1996-2015.csv")]
    [InlineData("stock_prices.csv")]
    [InlineData("spy_prices.csv")]
    public void Validate_Samples_HaveNoErrors(string sample)
    {
        ValidationReport report = DataValidator.Validate(TestFiles.Sample(sample));
        Assert.True(report.IsClean, string.Join('\n', report.Issues.Where(i => i.Severity == IssueSeverity.Error).Take(5)));
        Assert.True(report.Rows > 4000);
    }

    [Fact]
    public void Validate_YahooAdjClose_IsCheckedToo()
    {
        string path = _files.Write("y.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,10,9.5,100\n2024-01-03,10,11,9,10,0,100\n2024-01-04,10,11,9,10,x,100\n");
        Assert.Equal([(3, "Adj Close", DataIssueKind.NonPositivePrice), (4, "Adj Close", DataIssueKind.Unparseable)],
            DataValidator.Validate(path).Issues.Select(i => (i.Line, i.Field, i.Kind)));
        Assert.Equal(3, BarCsvReader.ReadAll(path).Count); // a reader of the raw columns does not need Adj Close
    }

    [Fact]
    public void Validate_BadOptions_AreRejected()
    {
        string path = _files.Write("ok.csv", Header + Row(new DateOnly(2024, 1, 2), 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataValidator.Validate(path, new ValidationOptions { MaxSigma = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataValidator.Validate(path, new ValidationOptions { StaleRun = 1 }));
    }

    private static string Row(DateOnly day, double close)
        => string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{close:R},{close * 1.02:R},{close * 0.98:R},{close:R},1000\n");
}
