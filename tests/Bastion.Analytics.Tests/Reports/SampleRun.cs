using System.Globalization;
using System.Text;

namespace Bastion.Analytics.Tests.Reports;

/// <summary>
/// Writes a realistic run directory from the fixture prices: two trend-following strategies (long when the close is
/// above its 100-day average, decided at the previous close) on ORCL and NVDA, and SPY as benchmark. Test-only data.
/// </summary>
internal static class SampleRun
{
    public static string Write(string directory, bool withBenchmark = true)
    {
        Directory.CreateDirectory(directory);
        string[] lines = File.ReadAllLines(FixtureData.PathOf("prices_2005_2014.csv"));
        string[] dates = [.. lines.Skip(1).Select(l => l.Split(',')[0])];
        double[] Col(int c) => [.. lines.Skip(1).Select(l => double.Parse(l.Split(',')[c], CultureInfo.InvariantCulture))];
        double[] orcl = Col(1), nvda = Col(2), spy = Col(3);
        var trades = new StringBuilder("strategy,symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,return,mae,mfe\n");
        double[] a = Trend("Trend ORCL", "ORCL", orcl, dates, trades);
        double[] b = Trend("Trend NVDA", "NVDA", nvda, dates, trades);
        var equity = new StringBuilder("timestamp,Trend ORCL,Trend NVDA\n");
        for (int i = 0; i < dates.Length; i++)
        {
            equity.Append(CultureInfo.InvariantCulture, $"{dates[i]},{a[i]:R},{b[i]:R}\n");
        }

        File.WriteAllText(Path.Combine(directory, "equity.csv"), equity.ToString());
        File.WriteAllText(Path.Combine(directory, "trades.csv"), trades.ToString());
        if (withBenchmark)
        {
            File.WriteAllText(Path.Combine(directory, "benchmark.csv"), "timestamp,SPY\n" + string.Concat(dates.Select((d, i) => string.Create(CultureInfo.InvariantCulture, $"{d},{spy[i]:R}\n"))));
        }

        File.WriteAllText(Path.Combine(directory, "run.json"), "{ \"title\": \"Trend following on ORCL and NVDA, 2005–2014\", \"periodsPerYear\": 252, \"riskFreeRate\": 0.02 }");
        return directory;
    }

    private static double[] Trend(string strategy, string symbol, double[] close, string[] dates, StringBuilder trades)
    {
        const int window = 100;
        var equity = new double[close.Length];
        double cash = 100_000, qty = 0, entry = 0, low = 0, high = 0;
        int entryDay = -1;
        for (int i = 0; i < close.Length; i++)
        {
            if (qty > 0)
            {
                low = Math.Min(low, close[i]);
                high = Math.Max(high, close[i]);
            }

            equity[i] = cash + (qty * close[i]);
            if (i < window)
            {
                continue;
            }

            double sma = close.Skip(i - window + 1).Take(window).Average();
            bool wantLong = close[i] > sma;
            if (wantLong && qty == 0)
            {
                qty = Math.Floor(cash / close[i]);
                cash -= qty * close[i];
                entry = low = high = close[i];
                entryDay = i;
            }
            else if (!wantLong && qty > 0)
            {
                double pnl = qty * (close[i] - entry);
                trades.Append(CultureInfo.InvariantCulture, $"{strategy},{symbol},{dates[entryDay]},{dates[i]},{entry:R},{close[i]:R},{qty:R},{pnl:R},{(close[i] / entry) - 1:R},{(low / entry) - 1:R},{(high / entry) - 1:R}\n");
                cash += qty * close[i];
                qty = 0;
            }
        }

        return equity;
    }
}
