using System.Text;
using Bastion.Core.Symbols;

namespace Bastion.Data.Csv;

/// <summary>Detects a file's <see cref="CsvLayout"/> from its header row (column names, case-insensitive).</summary>
public static class CsvLayoutDetector
{
    private const string Known =
        "known layouts: 'timestamp,open,high,low,close,volume', 'Date,Open,High,Low,Close,Adj Close,Volume', " +
        "'Date,Time,Open,High,Low,Close,Volume[,OpenInterest]', or wide prices 'date,SYM1,SYM2,...'";

    /// <summary>Reads the first line of <paramref name="path"/> and names its layout.</summary>
    /// <exception cref="DataFormatException">The file is empty or its header is none of the known layouts.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static CsvLayout Detect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new Utf8LineReader(File.OpenRead(path), 4096);
        return reader.TryReadLine(out ReadOnlySpan<byte> header)
            ? Detect(path, header).Layout
            : throw new DataFormatException(path, 1, "header", "the file is empty; " + Known);
    }

    internal static CsvColumns Detect(string file, ReadOnlySpan<byte> headerLine)
    {
        string header = Encoding.UTF8.GetString(headerLine);
        string[] names = header.Split(',').Select(n => n.Trim().Trim('"').Trim()).ToArray();
        string[] lower = names.Select(n => n.ToLowerInvariant()).ToArray();
        int Find(params string[] candidates) => Array.FindIndex(lower, n => candidates.Contains(n));

        int open = Find("open"), high = Find("high"), low = Find("low"), close = Find("close"), volume = Find("volume");
        int date = Find("date"), time = Find("time"), stamp = Find("timestamp", "datetime", "date_time", "time");
        int adj = Find("adj close", "adj_close", "adjclose", "adjusted close");
        bool ohlcv = open >= 0 && high >= 0 && low >= 0 && close >= 0 && volume >= 0;

        if (ohlcv && adj >= 0 && date == 0)
        {
            return new CsvColumns
            {
                Layout = CsvLayout.Yahoo, Names = names, Timestamp = date, Open = open, High = high, Low = low,
                Close = close, AdjClose = adj, Volume = volume,
            };
        }

        if (ohlcv && date == 0 && time == 1)
        {
            return new CsvColumns
            {
                Layout = CsvLayout.DateTimeSplit, Names = names, Timestamp = date, Time = time, Open = open, High = high,
                Low = low, Close = close, Volume = volume,
            };
        }

        int first = date == 0 ? 0 : stamp == 0 ? 0 : -1;
        if (ohlcv && first == 0)
        {
            return new CsvColumns
            {
                Layout = CsvLayout.Ohlcv, Names = names, Timestamp = 0, Open = open, High = high, Low = low, Close = close,
                Volume = volume,
            };
        }

        bool noPriceNames = open < 0 && high < 0 && low < 0 && close < 0 && volume < 0 && adj < 0;
        bool firstIsDate = lower.Length > 0 && lower[0] is "date" or "timestamp" or "datetime" or "" or "index";
        if (noPriceNames && firstIsDate && names.Length >= 2)
        {
            for (int i = 1; i < names.Length; i++)
            {
                if (!Symbol.TryCreate(names[i], out _, out string? error))
                {
                    throw new DataFormatException(file, 1, $"column {i + 1}", $"wide price header: {error}");
                }
            }

            return new CsvColumns { Layout = CsvLayout.WidePrices, Names = names, Timestamp = 0 };
        }

        throw new DataFormatException(file, 1, "header", $"'{Shorten(header)}' is none of the {Known}");
    }

    private static string Shorten(string header) => header.Length <= 120 ? header : header[..117] + "...";
}
