using Bastion.Core.MarketData;
using Bastion.Data.Synthetic;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Data.Tests.Synthetic;

public sealed class SyntheticMarketTests
{
    private static readonly SyntheticMarketOptions s_quiet = new()
    {
        Symbols = ["AAA", "BBB"],
        Days = 5000,
        Seed = 7,
        CalmToCrisis = 0,
        JumpsPerYear = 0,
    };

    [Fact]
    public void Run_CorrelationMatrix_ReturnsCorrelateNearTarget()
    {
        double[,] target = { { 1, 0.6, -0.2 }, { 0.6, 1, 0.1 }, { -0.2, 0.1, 1 } };
        List<double[]> r = LogReturns(new SyntheticMarket(s_quiet with { Symbols = ["A", "B", "C"], Correlation = target }).Run());

        // n = 4999 returns: the standard error of a sample correlation is about (1 − ρ²)/√n ≤ 0.014; GARCH
        // heteroskedasticity inflates it somewhat. 0.05 is more than 3.5 standard errors in the worst case.
        Assert.Equal(0.6, Correlation(r, 0, 1), 0.05);
        Assert.Equal(-0.2, Correlation(r, 0, 2), 0.05);
        Assert.Equal(0.1, Correlation(r, 1, 2), 0.05);
    }

    [Fact]
    public void Run_Garch_SquaredReturnsAreAutocorrelated_AndNotWithoutIt()
    {
        // With α = 0.08, β = 0.90 the lag-1 autocorrelation of squared returns of a normal GARCH(1,1) is
        // α(1 − αβ − β²)/(1 − 2αβ − β²) = 0.205. Without clustering (α = β = 0) it is 0 with standard error 1/√n.
        double n = s_quiet.Days - 1;
        double clustered = SquaredReturnAutocorrelation(new SyntheticMarket(s_quiet with { Symbols = ["A"] }));
        double flat = SquaredReturnAutocorrelation(new SyntheticMarket(s_quiet with { Symbols = ["A"], GarchAlpha = 0, GarchBeta = 0 }));

        Assert.True(clustered > 5 / Math.Sqrt(n), $"lag-1 autocorrelation of squared returns {clustered}");
        Assert.True(Math.Abs(flat) < 4 / Math.Sqrt(n), $"without GARCH: {flat}");
    }

    [Fact]
    public void Run_Regimes_CrisisShareNearStationaryAndMoreVolatile()
    {
        var options = new SyntheticMarketOptions { Symbols = ["A", "B"], Days = 10_000, Seed = 11, JumpsPerYear = 0 };
        List<SyntheticStep> steps = [.. new SyntheticMarket(options).Run()];
        List<double[]> r = LogReturns(steps);
        MarketRegime[] regimes = [.. steps.Skip(1).Select(s => s.Regime)];

        // Stationary crisis share p/(p + q) = 0.01/0.06 = 1/6. The chain's lag-1 autocorrelation is 1 − p − q = 0.94,
        // so the share's standard error is sqrt(π(1 − π)/n · 1.94/0.06) ≈ 0.021 for n = 10,000: allow 4 of them.
        double crisisShare = regimes.Count(x => x == MarketRegime.Crisis) / (double)regimes.Length;
        Assert.Equal(1.0 / 6, crisisShare, 0.085);

        double calmVol = StdDev(r.Where((_, i) => regimes[i] == MarketRegime.Calm).Select(x => x[0]));
        double crisisVol = StdDev(r.Where((_, i) => regimes[i] == MarketRegime.Crisis).Select(x => x[0]));
        // Targets 15% vs 40% a year (ratio 2.67); jumps are off, so only sampling noise separates them from it.
        Assert.True(crisisVol > 2.2 * calmVol && crisisVol < 3.2 * calmVol, $"crisis vol {crisisVol}, calm vol {calmVol}");

        double calmCorr = Correlation([.. r.Where((_, i) => regimes[i] == MarketRegime.Calm)], 0, 1);
        double crisisCorr = Correlation([.. r.Where((_, i) => regimes[i] == MarketRegime.Crisis)], 0, 1);
        Assert.True(crisisCorr > calmCorr + 0.15, $"crisis correlation {crisisCorr}, calm {calmCorr} (targets 0.65, 0.30)");
    }

    [Fact]
    public void Run_AnySeed_BarsAreConsistentAndPositive()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), seed =>
        {
            var market = new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A", "B", "C"], Days = 60, Seed = seed, JumpsPerYear = 50 });
            return market.Run().SelectMany(s => s.Bars).All(b =>
                b.Low > 0 && b.Low <= b.Open && b.Open <= b.High && b.Low <= b.Close && b.Close <= b.High && b.Volume >= 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Run_SameSeed_SameBars_OtherSeed_OtherBars()
    {
        var options = new SyntheticMarketOptions { Symbols = ["A", "B"], Days = 50, Seed = 3 };
        Bar[] first = [.. new SyntheticMarket(options).Run().SelectMany(s => s.Bars)];
        var market = new SyntheticMarket(options);
        Assert.Equal(first, market.Run().SelectMany(s => s.Bars));
        Assert.Equal(first, market.Run().SelectMany(s => s.Bars)); // re-enumeration restarts from the seed
        Assert.NotEqual(first, new SyntheticMarket(options with { Seed = 4 }).Run().SelectMany(s => s.Bars));
    }

    [Fact]
    public void Run_OneMinute_SessionOfThreeHundredNinetyBarsSkippingWeekends()
    {
        var market = new SyntheticMarket(new SyntheticMarketOptions
        {
            Symbols = ["A"], Days = 2, Resolution = TimeSpan.FromMinutes(1), Start = new DateOnly(2024, 1, 5),
        });
        List<SyntheticStep> steps = [.. market.Run()];
        Assert.Equal(780, steps.Count);
        Assert.Equal(new DateTime(2024, 1, 5, 14, 30, 0).Ticks, steps[0].StartUtcTicks);
        Assert.Equal(new DateTime(2024, 1, 5, 20, 59, 0).Ticks, steps[389].StartUtcTicks);
        Assert.Equal(new DateTime(2024, 1, 8, 14, 30, 0).Ticks, steps[390].StartUtcTicks); // Friday, then Monday
        Assert.All(steps, s => Assert.Equal(TimeSpan.TicksPerMinute, s.Bars[0].PeriodTicks));
        // Inside a session each bar opens where the previous closed (no gap); the session's first bar may gap.
        Assert.Equal(steps[0].Bars[0].Close, steps[1].Bars[0].Open, 12);
    }

    [Theory]
    [InlineData(1.0, 1.2)]   // |ρ| > 1: indefinite
    [InlineData(1.5, 0.5)]   // diagonal not 1
    public void Constructor_InvalidCorrelation_Throws(double diagonal, double offDiagonal)
    {
        double[,] c = { { diagonal, offDiagonal }, { offDiagonal, 1 } };
        Assert.Throws<ArgumentException>(() => new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A", "B"], Correlation = c }));
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedByName()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A"], GarchAlpha = 0.5, GarchBeta = 0.6 }));
        Assert.Equal("GarchAlpha", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A"], Resolution = TimeSpan.FromMinutes(7) }));
        Assert.Throws<ArgumentException>(() => new SyntheticMarket(new SyntheticMarketOptions { Symbols = ["A", "a"] }));
    }

    internal static List<double[]> LogReturns(IEnumerable<SyntheticStep> steps)
    {
        var result = new List<double[]>();
        IReadOnlyList<Bar>? previous = null;
        foreach (SyntheticStep step in steps)
        {
            if (previous is not null)
            {
                result.Add([.. step.Bars.Select((b, i) => Math.Log(b.Close / previous[i].Close))]);
            }

            previous = step.Bars;
        }

        return result;
    }

    private static double SquaredReturnAutocorrelation(SyntheticMarket market)
    {
        double[] sq = [.. LogReturns(market.Run()).Select(x => x[0] * x[0])];
        double mean = sq.Average();
        double num = 0, den = 0;
        for (int t = 0; t < sq.Length; t++)
        {
            den += (sq[t] - mean) * (sq[t] - mean);
            if (t > 0)
            {
                num += (sq[t] - mean) * (sq[t - 1] - mean);
            }
        }

        return num / den;
    }

    private static double Correlation(List<double[]> r, int a, int b)
    {
        double ma = r.Average(x => x[a]), mb = r.Average(x => x[b]);
        double sab = r.Sum(x => (x[a] - ma) * (x[b] - mb));
        double saa = r.Sum(x => (x[a] - ma) * (x[a] - ma));
        double sbb = r.Sum(x => (x[b] - mb) * (x[b] - mb));
        return sab / Math.Sqrt(saa * sbb);
    }

    private static double StdDev(IEnumerable<double> values)
    {
        double[] v = [.. values];
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1));
    }
}
