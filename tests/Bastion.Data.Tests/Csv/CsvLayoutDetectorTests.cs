using Bastion.Data.Csv;

namespace Bastion.Data.Tests.Csv;

public sealed class CsvLayoutDetectorTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("timestamp,open,high,low,close,volume", CsvLayout.Ohlcv)]
    [InlineData("Datetime,Open,High,Low,Close,Volume,OpenInterest", CsvLayout.Ohlcv)]
    [InlineData("Date,Open,High,Low,Close,Adj Close,Volume", CsvLayout.Yahoo)]
    [InlineData("Date,Time,Open,High,Low,Close,Volume,OpenInterest", CsvLayout.DateTimeSplit)]
    [InlineData("Date,Time,Open,High,Low,Close,Volume", CsvLayout.DateTimeSplit)]
    [InlineData("date,GOOG,AAPL,BRK.B", CsvLayout.WidePrices)]
    public void Detect_KnownHeaders_NameTheLayout(string header, CsvLayout expected)
        => Assert.Equal(expected, CsvLayoutDetector.Detect(_files.Write("f.csv", header + "\n")));

    [Theory]
    [InlineData("Datum,Eröffnung,Hoch,Tief,Schluss")]
    [InlineData("symbol,price")]
    [InlineData("timestamp,open,high,low,close")]
    public void Detect_UnknownHeader_ErrorNamesFileAndHeader(string header)
    {
        string path = _files.Write("odd.csv", header + "\n1,2,3\n");
        DataFormatException ex = Assert.Throws<DataFormatException>(() => CsvLayoutDetector.Detect(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(header, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
        Assert.Equal("header", ex.Field);
    }

    [Fact]
    public void Detect_EmptyFile_SaysEmpty()
    {
        DataFormatException ex = Assert.Throws<DataFormatException>(() => CsvLayoutDetector.Detect(_files.Write("e.csv", string.Empty)));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NVDA-daily-1999-2014.csv", CsvLayout.Yahoo)]
    [InlineData("stock_prices.csv", CsvLayout.WidePrices)]
    [InlineData("spy_prices.csv", CsvLayout.WidePrices)]
    public void Detect_Samples_AreRecognized(string sample, CsvLayout expected)
        => Assert.Equal(expected, CsvLayoutDetector.Detect(TestFiles.Sample(sample)));
}
