using System.Globalization;
using Bastion.Core.MarketData;
using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// Turns one UTF-8 row of an OHLCV-like layout into a <see cref="Bar"/> and checks it: fields parse, prices are
/// positive and finite, low ≤ open, close ≤ high, volume ≥ 0, and the timestamp is after the last accepted row's.
/// Allocates only when a row is bad (the issue). State: the last accepted timestamp. One owner.
/// </summary>
internal sealed class BarRowParser
{
    private const int MaxFields = 16;
    private readonly string _file;
    private readonly CsvColumns _columns;
    private readonly long _periodTicks;
    private readonly long _labelShift;
    private readonly bool _adjusted;
    private long _lastTicks = long.MinValue;
    private ulong _cachedDateHead;
    private ushort _cachedDateTail;
    private long _cachedDateTicks = -1;

    public BarRowParser(string file, CsvColumns columns, long periodTicks, TimestampLabel label, bool useAdjustedClose)
    {
        _file = file;
        _columns = columns;
        _periodTicks = periodTicks;
        _labelShift = label == TimestampLabel.End ? periodTicks : 0;
        _adjusted = useAdjustedClose && columns.AdjClose >= 0;
    }

    /// <summary>
    /// Parses and checks a row. Returns true for a good row (and remembers its timestamp). On a bad row returns
    /// false and adds its problems to <paramref name="issues"/>: all of them when <paramref name="collectAll"/>,
    /// else the first.
    /// </summary>
    public bool TryParse(ReadOnlySpan<byte> line, int lineNumber, out Bar bar, List<DataIssue> issues, bool collectAll)
    {
        bar = default;
        Span<int> starts = stackalloc int[MaxFields];
        Span<int> lengths = stackalloc int[MaxFields];
        int count = SplitFields(line, starts, lengths);
        if (count <= _columns.LastRequired)
        {
            issues.Add(DataIssue.Create(_file, lineNumber, "row", DataIssueKind.Unparseable,
                $"{count} fields, the header has {_columns.Names.Length}"));
            return false;
        }

        int before = issues.Count;
        bool ok = TryTimestamp(line, starts, lengths, out long ticks, out bool timeBad);
        if (!ok)
        {
            string name = timeBad ? _columns.Names[_columns.Time] : _columns.Names[_columns.Timestamp];
            issues.Add(DataIssue.Create(_file, lineNumber, name, DataIssueKind.Unparseable,
                $"'{Text(line, starts, lengths, timeBad ? _columns.Time : _columns.Timestamp)}' is not an ISO 8601 date or time"));
            if (!collectAll)
            {
                return false;
            }
        }

        double open = Number(line, starts, lengths, _columns.Open, lineNumber, issues, ref ok);
        double high = Number(line, starts, lengths, _columns.High, lineNumber, issues, ref ok);
        double low = Number(line, starts, lengths, _columns.Low, lineNumber, issues, ref ok);
        double close = Number(line, starts, lengths, _columns.Close, lineNumber, issues, ref ok);
        double volume = Number(line, starts, lengths, _columns.Volume, lineNumber, issues, ref ok);
        // Adj Close is read when it is used, and checked when validating (collectAll) even if it is not used.
        bool readAdj = _adjusted || (collectAll && _columns.AdjClose >= 0);
        double adj = readAdj ? Number(line, starts, lengths, _columns.AdjClose, lineNumber, issues, ref ok) : close;
        if (!ok)
        {
            TrimTo(issues, before, collectAll);
            return false;
        }

        CheckValues(lineNumber, open, high, low, close, volume, issues);
        if (readAdj && !(adj > 0 && double.IsFinite(adj)))
        {
            Add(issues, lineNumber, _columns.AdjClose, DataIssueKind.NonPositivePrice, $"{Show(adj)} is not a positive price");
        }

        long start = ticks - _labelShift;
        if (start == _lastTicks)
        {
            Add(issues, lineNumber, _columns.Timestamp, DataIssueKind.DuplicateTimestamp,
                $"{Stamp(start)} repeats the previous row's timestamp");
        }
        else if (start < _lastTicks)
        {
            Add(issues, lineNumber, _columns.Timestamp, DataIssueKind.OutOfOrderTimestamp,
                $"{Stamp(start)} is before the previous row's {Stamp(_lastTicks)}");
        }

        if (issues.Count > before)
        {
            TrimTo(issues, before, collectAll);
            return false;
        }

        if (_adjusted)
        {
            double ratio = adj / close;
            (open, high, low, close) = (open * ratio, high * ratio, low * ratio, adj);
        }

        _lastTicks = start;
        bar = new Bar(start, _periodTicks, open, high, low, close, volume);
        return true;
    }

    /// <summary>Splits on commas into (start, length) pairs; returns the field count (capped at the span size).</summary>
    internal static int SplitFields(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths)
    {
        int count = 0;
        int position = 0;
        while (count < starts.Length)
        {
            int comma = line[position..].IndexOf((byte)',');
            starts[count] = position;
            if (comma < 0)
            {
                lengths[count] = line.Length - position;
                return count + 1;
            }

            lengths[count] = comma;
            position += comma + 1;
            count++;
        }

        return count;
    }

    internal static string Stamp(long ticks)
        => new DateTime(ticks, DateTimeKind.Utc).ToString(ticks % TimeSpan.TicksPerDay == 0 ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void TrimTo(List<DataIssue> issues, int before, bool collectAll)
    {
        if (!collectAll && issues.Count > before + 1)
        {
            issues.RemoveRange(before + 1, issues.Count - before - 1);
        }
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths, int index)
        => line.Slice(starts[index], lengths[index]);

    private static string Text(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths, int index)
        => System.Text.Encoding.UTF8.GetString(Field(line, starts, lengths, index));

    private bool TryTimestamp(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths, out long ticks, out bool timeBad)
    {
        timeBad = false;
        ReadOnlySpan<byte> stamp = Field(line, starts, lengths, _columns.Timestamp);
        if (_columns.Time < 0)
        {
            // Intraday files repeat the date on every row: reuse the last date's ticks when its 10 bytes repeat
            // (UTC stamps only: with an offset the full parser runs).
            if (_cachedDateTicks >= 0 && stamp.Length > 11 && stamp[10] is (byte)'T' or (byte)' '
                && System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(stamp) == _cachedDateHead
                && System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(stamp[8..]) == _cachedDateTail
                && Utf8Fields.TryParseTimeOfDay(stamp[^1] == (byte)'Z' ? stamp[11..^1] : stamp[11..], out long timeOfDay))
            {
                ticks = _cachedDateTicks + timeOfDay;
                return true;
            }

            if (!Utf8Fields.TryParseTimestamp(stamp, out ticks, out _))
            {
                return false;
            }

            if (stamp.Length >= 10 && Utf8Fields.TryParseDate(stamp[..10], out long dateTicks))
            {
                _cachedDateHead = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(stamp);
                _cachedDateTail = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(stamp[8..]);
                _cachedDateTicks = dateTicks;
            }

            return true;
        }

        if (!Utf8Fields.TryParseDate(stamp.Trim((byte)' '), out ticks) || stamp.Trim((byte)' ').Length != 10)
        {
            return false;
        }

        if (!Utf8Fields.TryParseTimeOfDay(Field(line, starts, lengths, _columns.Time).Trim((byte)' '), out long time))
        {
            timeBad = true;
            return false;
        }

        ticks += time;
        return true;
    }

    private double Number(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths, int index, int lineNumber,
        List<DataIssue> issues, ref bool ok)
    {
        ReadOnlySpan<byte> field = Field(line, starts, lengths, index);
        if (Utf8Fields.TryParseDouble(field, out double value))
        {
            return value;
        }

        string text = System.Text.Encoding.UTF8.GetString(field);
        issues.Add(DataIssue.Create(_file, lineNumber, _columns.Names[index], DataIssueKind.Unparseable,
            text.Trim().Length == 0 ? "blank: a value is required" : $"'{text}' is not a number"));
        ok = false;
        return double.NaN;
    }

    private void CheckValues(int line, double open, double high, double low, double close, double volume, List<DataIssue> issues)
    {
        bool allPositive = true;
        allPositive &= Positive(line, _columns.Open, open, issues);
        allPositive &= Positive(line, _columns.High, high, issues);
        allPositive &= Positive(line, _columns.Low, low, issues);
        allPositive &= Positive(line, _columns.Close, close, issues);
        if (allPositive)
        {
            if (high < low)
            {
                Add(issues, line, _columns.High, DataIssueKind.HighBelowLow, $"high {Show(high)} is below low {Show(low)}");
            }
            else
            {
                if (open < low || open > high)
                {
                    Add(issues, line, _columns.Open, DataIssueKind.OpenOutsideRange,
                        $"open {Show(open)} is outside [low {Show(low)}, high {Show(high)}]");
                }

                if (close < low || close > high)
                {
                    Add(issues, line, _columns.Close, DataIssueKind.CloseOutsideRange,
                        $"close {Show(close)} is outside [low {Show(low)}, high {Show(high)}]");
                }
            }
        }

        if (!(volume >= 0) || double.IsInfinity(volume))
        {
            Add(issues, line, _columns.Volume, DataIssueKind.NegativeVolume, $"volume {Show(volume)} is negative or not finite");
        }
    }

    private bool Positive(int line, int index, double value, List<DataIssue> issues)
    {
        if (value > 0 && double.IsFinite(value))
        {
            return true;
        }

        Add(issues, line, index, DataIssueKind.NonPositivePrice, $"{Show(value)} is not a positive finite price");
        return false;
    }

    private void Add(List<DataIssue> issues, int line, int index, DataIssueKind kind, string message)
        => issues.Add(DataIssue.Create(_file, line, _columns.Names[index], kind, message));
}
