using System.Globalization;
using System.Text;
using Bastion.Core.MarketData;

namespace Bastion.Data.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticMarket"/> in Bastion's CSV layouts: prices with 4 decimals, whole volumes,
/// invariant culture, <c>\n</c> line ends, UTF-8 without BOM, so the same seed gives byte-identical files.
/// Daily timestamps are dates (<c>2015-01-02</c>); intraday ones UTC date-times (<c>2015-01-02T14:30:00Z</c>).
/// </summary>
public static class SyntheticMarketWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file names <see cref="Write"/> uses in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> PlannedFiles(SyntheticMarket market, string directory, GeneratedLayout layout)
    {
        ArgumentNullException.ThrowIfNull(market);
        string resolution = ResolutionName(market.Options.Resolution);
        return layout == GeneratedLayout.Wide
            ? [Path.Combine(directory, $"prices-{resolution}.csv")]
            : [.. market.Options.Symbols.Select(s => Path.Combine(directory, $"{s}-{resolution}.csv"))];
    }

    /// <summary>
    /// Writes the market to <paramref name="directory"/> (created if needed). Refuses, before writing anything, when
    /// a target file exists and is not empty unless <paramref name="overwrite"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Wide layout with intraday resolution.</exception>
    /// <exception cref="IOException">A target file exists and is not empty (and <paramref name="overwrite"/> is false), or writing failed.</exception>
    public static IReadOnlyList<GeneratedFile> Write(SyntheticMarket market, string directory, GeneratedLayout layout, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        bool daily = market.BarsPerDay == 1;
        if (layout == GeneratedLayout.Wide && !daily)
        {
            throw new ArgumentException("the wide layout holds daily closes only: use daily resolution or the OHLCV layout", nameof(layout));
        }

        IReadOnlyList<string> paths = PlannedFiles(market, directory, layout);
        string? existing = paths.FirstOrDefault(p => File.Exists(p) && new FileInfo(p).Length > 0);
        if (existing is not null && !overwrite)
        {
            throw new IOException($"{existing} exists and is not empty; not overwritten");
        }

        Directory.CreateDirectory(directory);
        var writers = paths.Select(p => new StreamWriter(p, append: false, s_utf8, 1 << 16) { NewLine = "\n" }).ToArray();
        long rows = 0;
        try
        {
            if (layout == GeneratedLayout.Wide)
            {
                writers[0].WriteLine("date," + string.Join(',', market.Options.Symbols));
            }
            else
            {
                foreach (StreamWriter w in writers)
                {
                    w.WriteLine("timestamp,open,high,low,close,volume");
                }
            }

            var line = new StringBuilder(256);
            foreach (SyntheticStep step in market.Run())
            {
                rows++;
                string stamp = new DateTime(step.StartUtcTicks, DateTimeKind.Utc)
                    .ToString(daily ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                if (layout == GeneratedLayout.Wide)
                {
                    line.Clear().Append(stamp);
                    foreach (Bar bar in step.Bars)
                    {
                        line.Append(',').Append(Price(bar.Close));
                    }

                    writers[0].WriteLine(line);
                    continue;
                }

                for (int i = 0; i < writers.Length; i++)
                {
                    Bar b = step.Bars[i];
                    line.Clear().Append(stamp).Append(',').Append(Price(b.Open)).Append(',').Append(Price(b.High)).Append(',')
                        .Append(Price(b.Low)).Append(',').Append(Price(b.Close)).Append(',')
                        .Append(b.Volume.ToString("F0", CultureInfo.InvariantCulture));
                    writers[i].WriteLine(line);
                }
            }
        }
        finally
        {
            foreach (StreamWriter w in writers)
            {
                w.Dispose();
            }
        }

        return [.. paths.Select(p => new GeneratedFile(Path.GetFullPath(p), rows, new FileInfo(p).Length))];
    }

    /// <summary><c>1d</c>, <c>1m</c>, <c>5m</c>, ...</summary>
    public static string ResolutionName(TimeSpan resolution)
        => resolution == TimeSpan.FromDays(1) ? "1d" : $"{(long)resolution.TotalMinutes}m";

    // Rounding is monotone, so low ≤ open, close ≤ high survives it.
    private static string Price(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
