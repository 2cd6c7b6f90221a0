namespace Bastion.Data.Csv;

/// <summary>The CSV layouts Bastion reads (DESIGN.md §4), detected from the header row.</summary>
public enum CsvLayout
{
    /// <summary><c>timestamp,open,high,low,close,volume</c>: one file per symbol, UTC, ISO 8601 date or date-time.</summary>
    Ohlcv,

    /// <summary>Yahoo Finance: <c>Date,Open,High,Low,Close,Adj Close,Volume</c>.</summary>
    Yahoo,

    /// <summary>Date and time in separate columns: <c>Date,Time,Open,High,Low,Close,Volume[,OpenInterest]</c>.</summary>
    DateTimeSplit,

    /// <summary>Wide close prices: first column an ISO date, one column per symbol; blank cells are missing values.</summary>
    WidePrices,
}
