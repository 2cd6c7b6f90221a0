using Bastion.Core.MarketData;
using Bastion.Numerics.Random;

namespace Bastion.Engine.Tests;

/// <summary>Seeded synthetic bars for tests: geometric Brownian motion closes, opens gapping from the previous close, prices on a cent grid.</summary>
internal static class SyntheticBars
{
    public static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<Bar> Daily(ulong seed, int count, double startPrice = 100.0, double drift = 0.0003, double vol = 0.015)
    {
        var rng = new RandomStream(seed);
        double close = startPrice;
        long t = Start.UtcTicks;
        for (int i = 0; i < count; i++)
        {
            double open = Cents(close * Math.Exp(0.3 * vol * rng.NextGaussian()));
            close = Cents(open * Math.Exp(drift + (vol * rng.NextGaussian())));
            double high = Cents(Math.Max(open, close) * (1 + (0.5 * vol * rng.NextDouble())));
            double low = Cents(Math.Min(open, close) * (1 - (0.5 * vol * rng.NextDouble())));
            double volume = Math.Round(1_000 + (9_000 * rng.NextDouble()));
            yield return new Bar(t, TimeSpan.TicksPerDay, open, high, low, close, volume);
            t += TimeSpan.TicksPerDay;
        }
    }

    public static Bar Day(int day, double open, double high, double low, double close, double volume = 1_000_000) =>
        new(Start.AddDays(day).UtcTicks, TimeSpan.TicksPerDay, open, high, low, close, volume);

    private static double Cents(double x) => Math.Round(x, 2);
}
