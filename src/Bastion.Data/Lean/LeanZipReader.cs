using System.IO.Compression;
using Bastion.Core.MarketData;
using Bastion.Data.Csv;

namespace Bastion.Data.Lean;

/// <summary>
/// Reads QuantConnect LEAN's zipped equity trade bars. Prices are integers in 1/10,000 dollars (divided by the price scale);
/// hour and minute times are exchange-local bar starts converted to UTC with the
/// exchange's time zone; daily bars start at midnight UTC of their date, like Bastion's own daily CSV bars.
/// Streams the first entry of the zip; each enumeration reopens it. Bad rows throw <see cref="DataFormatException"/>.
/// </summary>
public static class LeanZipReader
{
    /// <summary>Opens a LEAN trade-bar zip.</summary>
    /// <param name="zipPath">The zip file (e.g. <c>equity/usa/minute/spy/20131007_trade.zip</c>).</param>
    /// <param name="resolution">Which LEAN layout the zip holds.</param>
    /// <param name="exchangeZone">The exchange's time zone (hour and minute files); null = America/New_York.</param>
    /// <param name="priceScale">Divisor of the integer prices (10,000 for LEAN equities).</param>
    /// <exception cref="ArgumentException">A minute zip whose name does not start with <c>yyyyMMdd</c>.</exception>
    public static IEnumerable<Bar> Open(string zipPath, LeanResolution resolution, TimeZoneInfo? exchangeZone = null, double priceScale = 10_000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priceScale);
        TimeZoneInfo zone = exchangeZone ?? TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        long day = 0;
        if (resolution == LeanResolution.Minute)
        {
            string name = Path.GetFileName(zipPath);
            if (name.Length < 8 || !Utf8Fields.TryParseDate(System.Text.Encoding.ASCII.GetBytes($"{name[..4]}-{name[4..6]}-{name[6..8]}"), out day))
            {
                throw new ArgumentException($"a LEAN minute zip is named yyyyMMdd_trade.zip, got '{name}'", nameof(zipPath));
            }
        }

        return Read(zipPath, resolution, zone, priceScale, day);
    }

    private static IEnumerable<Bar> Read(string zipPath, LeanResolution resolution, TimeZoneInfo zone, double scale, long day)
    {
        using ZipArchive archive = ZipFile.OpenRead(zipPath);
        ZipArchiveEntry entry = archive.Entries.Count > 0 ? archive.Entries[0] : throw new DataFormatException(zipPath, 0, "zip", "the archive is empty");
        using var reader = new Utf8LineReader(entry.Open());
        var state = new RowState($"{zipPath}/{entry.FullName}", resolution, zone, scale, day);
        while (state.TryNext(reader, out Bar bar))
        {
            yield return bar;
        }
    }

    private sealed class RowState(string file, LeanResolution resolution, TimeZoneInfo zone, double scale, long day)
    {
        private static readonly string[] s_names = ["time", "open", "high", "low", "close", "volume"];

        public bool TryNext(Utf8LineReader reader, out Bar bar)
        {
            Span<int> starts = stackalloc int[8];
            Span<int> lengths = stackalloc int[8];
            while (reader.TryReadLine(out ReadOnlySpan<byte> line))
            {
                if (line.IsEmpty)
                {
                    continue;
                }

                if (BarRowParser.SplitFields(line, starts, lengths) < 6)
                {
                    throw new DataFormatException(file, reader.LineNumber, "row", "fewer than 6 fields (time,open,high,low,close,volume)");
                }

                long start = Time(line.Slice(starts[0], lengths[0]), reader.LineNumber);
                Span<double> v = stackalloc double[5];
                for (int i = 0; i < 5; i++)
                {
                    if (!Utf8Fields.TryParseDouble(line.Slice(starts[i + 1], lengths[i + 1]), out v[i]))
                    {
                        throw new DataFormatException(file, reader.LineNumber, s_names[i + 1], "not a number");
                    }
                }

                long period = resolution switch
                {
                    LeanResolution.Daily => TimeSpan.TicksPerDay,
                    LeanResolution.Hour => TimeSpan.TicksPerHour,
                    _ => TimeSpan.TicksPerMinute,
                };
                // Divide (not multiply by 1e-4): 973100 / 10000 is the double nearest 97.31.
                bar = new Bar(start, period, v[0] / scale, v[1] / scale, v[2] / scale, v[3] / scale, v[4]);
                return true;
            }

            bar = default;
            return false;
        }

        private long Time(ReadOnlySpan<byte> field, int line)
        {
            if (resolution == LeanResolution.Minute)
            {
                if (!Utf8Fields.TryParseDouble(field, out double ms) || ms < 0 || ms >= 86_400_000)
                {
                    throw new DataFormatException(file, line, "time", "not milliseconds since midnight");
                }

                return ToUtc(day + ((long)ms * TimeSpan.TicksPerMillisecond));
            }

            // yyyyMMdd HH:mm
            if (field.Length != 14 || field[8] != (byte)' ')
            {
                throw new DataFormatException(file, line, "time", "not 'yyyyMMdd HH:mm'");
            }

            Span<byte> iso = stackalloc byte[10];
            field[..4].CopyTo(iso);
            iso[4] = (byte)'-';
            field.Slice(4, 2).CopyTo(iso[5..]);
            iso[7] = (byte)'-';
            field.Slice(6, 2).CopyTo(iso[8..]);
            if (!Utf8Fields.TryParseDate(iso, out long date) || !Utf8Fields.TryParseTimeOfDay(field[9..], out long time))
            {
                throw new DataFormatException(file, line, "time", "not 'yyyyMMdd HH:mm'");
            }

            return resolution == LeanResolution.Daily ? date : ToUtc(date + time);
        }

        private long ToUtc(long localTicks)
            => TimeZoneInfo.ConvertTimeToUtc(new DateTime(localTicks, DateTimeKind.Unspecified), zone).Ticks;
    }
}
