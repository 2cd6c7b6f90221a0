using System.Globalization;
using BenchmarkDotNet.Attributes;
using Bastion.Core.MarketData;
using Bastion.Data.Csv;
using Bastion.Data.Validation;

namespace Bastion.Benchmarks.Data;

/// <summary>
/// Parse speed of the streaming OHLCV reader on a 1,000,000-row one-minute file (~50 MB, date-times with seconds and
/// 'Z'). Target: at least 2 million rows per second, i.e. under 500 ms per operation. The file is in the page cache
/// after the first run, so this measures parsing, not the disk.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class BarCsvReaderBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"bastion-bench-ohlcv-{Rows}.csv");
        if (File.Exists(_path))
        {
            return;
        }

        using var writer = new StreamWriter(_path);
        writer.Write("timestamp,open,high,low,close,volume\n");
        var t = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < Rows; i++)
        {
            double p = 100 + (i % 997 * 0.013);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{t.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{p:F4},{p + 0.25:F4},{p - 0.25:F4},{p + 0.05:F4},{i % 50_000}\n"));
        }
    }

    [Benchmark(Baseline = true, Description = "read 1M OHLCV rows (streaming)")]
    public double ReadOhlcv()
    {
        double sum = 0;
        foreach (Bar bar in BarCsvReader.Open(_path, new BarReadOptions { Period = TimeSpan.FromMinutes(1) }))
        {
            sum += bar.Close;
        }

        return sum;
    }

    [Benchmark(Description = "validate 1M OHLCV rows (all checks)")]
    public int Validate() => DataValidator.Validate(_path, new ValidationOptions { Read = new BarReadOptions { Period = TimeSpan.FromMinutes(1) } }).Issues.Count;
}
