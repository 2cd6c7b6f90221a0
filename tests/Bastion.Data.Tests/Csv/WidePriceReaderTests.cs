using Bastion.Data.Csv;
using Bastion.Data.Validation;

namespace Bastion.Data.Tests.Csv;

public sealed class WidePriceReaderTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_StockPricesSample_BlankCellsAreNaN()
    {
        PriceMatrix m = WidePriceReader.Read(TestFiles.Sample("stock_prices.csv"));

        // Reference: pandas 1.5.3 (Debian python3), pd.read_csv("stock_prices.csv", index_col=0): shape (7126, 20).
        Assert.Equal(7126, m.RowCount);
        Assert.Equal(20, m.ColumnCount);
        Assert.Equal("GOOG", m.Symbols[0]);
        Assert.Equal(new DateOnly(1989, 12, 29), m.Dates[0]);
        Assert.True(double.IsNaN(m.Column("GOOG")[0]));
        Assert.Equal(0.117203, m.Column("AAPL")[0]);
        Assert.Equal(4.125, m[1, m.IndexOf("AMD")]);
        Assert.Equal(m.Column(1)[1], m.ToArray()[1, 1]);
    }

    [Fact]
    public void Read_ZeroCell_FailsFastNamingSymbolAndLine()
    {
        string path = _files.Write("w.csv", "date,AAA,BBB\n2024-01-02,1,2\n2024-01-03,,0\n");
        DataFormatException ex = Assert.Throws<DataFormatException>(() => WidePriceReader.Read(path));
        Assert.Equal(3, ex.Line);
        Assert.Equal("BBB", ex.Field);
        Assert.Contains("never zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DropMode_BadCellsBecomeNaNAndBadRowsAreSkipped()
    {
        string path = _files.Write("w.csv", "date,AAA,BBB\n2024-01-02,1,2\n2024-01-03,x,-1\n2024-01-03,5,5\n2024-01-04,3\n2024-01-05,4,4\n");
        PriceMatrix m = WidePriceReader.Read(path, ReadMode.DropBadRows, out DropReport dropped);
        Assert.Equal(3, m.RowCount);
        Assert.True(double.IsNaN(m[1, 0]));
        Assert.True(double.IsNaN(m[1, 1]));
        Assert.Equal(4.0, m[2, 1]);
        Assert.Equal(1, dropped.Count(DataIssueKind.NonPositivePrice));
        Assert.Equal(2, dropped.Count(DataIssueKind.Unparseable));
        Assert.Equal(1, dropped.Count(DataIssueKind.DuplicateTimestamp));
    }

    [Fact]
    public void PriceMatrix_MismatchedColumn_IsRejected()
        => Assert.Throws<ArgumentException>(() => new PriceMatrix([new DateOnly(2024, 1, 2)], ["A"], [new double[2]]));
}
