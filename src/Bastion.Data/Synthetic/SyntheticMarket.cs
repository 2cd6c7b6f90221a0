using Bastion.Core.MarketData;
using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Random;

namespace Bastion.Data.Synthetic;

/// <summary>
/// A seeded synthetic market of several correlated assets. Per bar and asset, the log return is
/// <c>μ_s·Δt − σ²/2 + σ·z + J</c>: a two-state Markov regime s (calm/crisis, switching at day starts) sets drift,
/// long-run variance v_s and correlation; σ² = v_s·h where h is a unit-mean GARCH(1,1) state
/// (h ← 1 − α − β + α·u² + β·h, u the last standardized shock), so a regime switch moves volatility at once and
/// clustering works the same in both regimes; z is correlated
/// through the Cholesky factor of the regime's correlation; J is a compound-Poisson jump with normal sizes.
/// Open, high and low come from a Brownian bridge of 16 steps inside the bar (with an overnight gap carrying 20% of
/// the variance on daily bars and on the first bar of each session), so low ≤ open, close ≤ high always.
/// Each enumeration of <see cref="Run"/> restarts from the seed: same seed, same bars, on every machine.
/// </summary>
public sealed class SyntheticMarket
{
    private const int BridgeSteps = 16;
    private const double GapShare = 0.2;
    private const double TradingDaysPerYear = 252;
    private readonly double[][,] _cholesky;

    /// <summary>Checks the options and prepares the correlation factors.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or the correlation is not a valid correlation matrix.</exception>
    public SyntheticMarket(SyntheticMarketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        int n = options.Symbols.Count;
        double[,] calm = options.Correlation ?? Uniform(n, 0.3);
        if (calm.GetLength(0) != n || calm.GetLength(1) != n)
        {
            throw new ArgumentException($"the correlation must be {n}×{n} (one row per symbol)", nameof(options));
        }

        double[,] crisis = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (Math.Abs(calm[i, i] - 1) > 1e-12)
            {
                throw new ArgumentException($"the correlation diagonal must be 1 (row {i + 1})", nameof(options));
            }

            for (int j = 0; j < n; j++)
            {
                crisis[i, j] = ((1 - options.CrisisCorrelationWeight) * calm[i, j]) + options.CrisisCorrelationWeight;
            }
        }

        _cholesky = [LowerFactor(calm, nameof(options)), LowerFactor(crisis, nameof(options))];
    }

    /// <summary>The options this market was built with.</summary>
    public SyntheticMarketOptions Options { get; }

    /// <summary>Bars per trading day (1 for daily resolution).</summary>
    public int BarsPerDay => Options.Resolution == TimeSpan.FromDays(1) ? 1 : (int)(Options.SessionLength.Ticks / Options.Resolution.Ticks);

    /// <summary>The trading days (Monday to Friday from <see cref="SyntheticMarketOptions.Start"/>).</summary>
    public IEnumerable<DateOnly> TradingDays()
    {
        DateOnly day = Options.Start;
        for (int d = 0; d < Options.Days; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                d++;
                yield return day;
            }
        }
    }

    /// <summary>Generates the market bar time by bar time. Streams: memory does not grow with the number of days.</summary>
    public IEnumerable<SyntheticStep> Run()
    {
        SyntheticMarketOptions o = Options;
        var random = new RandomStream(o.Seed);
        int n = o.Symbols.Count;
        int m = BarsPerDay;
        bool daily = m == 1;
        long period = daily ? TimeSpan.TicksPerDay : o.Resolution.Ticks;
        double dt = 1.0 / (TradingDaysPerYear * m);
        double jumpProbability = Math.Exp(-o.JumpsPerYear * dt);
        double[] price = [.. Enumerable.Repeat(o.StartPrice, n)];
        double[] garch = [.. Enumerable.Repeat(1.0, n)];
        double[] shock = new double[n];
        double[] normals = new double[n];
        double[] path = new double[BridgeSteps + 1];
        MarketRegime regime = MarketRegime.Calm;
        bool first = true;
        foreach (DateOnly day in TradingDays())
        {
            if (!first)
            {
                double u = random.NextDouble();
                regime = regime == MarketRegime.Calm
                    ? (u < o.CalmToCrisis ? MarketRegime.Crisis : MarketRegime.Calm)
                    : (u < o.CrisisToCalm ? MarketRegime.Calm : MarketRegime.Crisis);
            }

            RegimeParameters p = regime == MarketRegime.Calm ? o.Calm : o.Crisis;
            double longRun = p.AnnualVolatility * p.AnnualVolatility * dt;
            double omega = 1 - o.GarchAlpha - o.GarchBeta;
            double[,] l = _cholesky[(int)regime];
            long dayTicks = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks + (daily ? 0 : o.SessionOpenUtc.Ticks);
            for (int k = 0; k < m; k++)
            {
                for (int i = 0; i < n; i++)
                {
                    normals[i] = random.NextGaussian();
                }

                var bars = new Bar[n];
                double gapShare = daily || k == 0 ? GapShare : 0;
                for (int i = 0; i < n; i++)
                {
                    if (!first)
                    {
                        garch[i] = omega + (o.GarchAlpha * shock[i] * shock[i]) + (o.GarchBeta * garch[i]);
                    }

                    double z = 0;
                    for (int j = 0; j <= i; j++)
                    {
                        z += l[i, j] * normals[j];
                    }

                    double variance = longRun * garch[i];
                    double sigma = Math.Sqrt(variance);
                    shock[i] = Math.Sqrt(garch[i]) * z;
                    double jump = 0;
                    for (int count = Poisson(random, jumpProbability); count > 0; count--)
                    {
                        jump += o.JumpMean + (o.JumpStdDev * random.NextGaussian());
                    }

                    double r = (p.AnnualDrift * dt) - (0.5 * variance) + (sigma * z) + jump;
                    bars[i] = BridgeBar(random, path, dayTicks + (k * period), period, price[i], r, sigma, gapShare,
                        o.DailyVolume / m, z);
                    price[i] = bars[i].Close;
                }

                first = false;
                yield return new SyntheticStep(dayTicks + (k * period), regime, bars);
            }
        }
    }

    private static Bar BridgeBar(RandomStream random, double[] path, long start, long period, double previousClose,
        double r, double sigma, double gapShare, double meanVolume, double z)
    {
        double gap = Math.Sqrt(gapShare) * sigma * random.NextGaussian();
        double step = Math.Sqrt((1 - gapShare) / BridgeSteps) * sigma;
        path[0] = 0;
        for (int s = 1; s <= BridgeSteps; s++)
        {
            path[s] = path[s - 1] + (step * random.NextGaussian());
        }

        double end = path[BridgeSteps];
        // The end points are set exactly (not through the bridge sum) so rounding cannot put open or close outside.
        double high = Math.Max(gap, r), low = Math.Min(gap, r);
        for (int s = 1; s < BridgeSteps; s++)
        {
            double w = (double)s / BridgeSteps;
            double x = gap + path[s] - (w * end) + (w * (r - gap));
            high = Math.Max(high, x);
            low = Math.Min(low, x);
        }

        // Busier bars on big moves, lognormal noise otherwise (mean of exp(0.4·N − 0.08) is 1).
        double volume = Math.Round(meanVolume * Math.Exp((0.4 * random.NextGaussian()) - 0.08) * (0.6 + (0.4 * Math.Abs(z))));
        return new Bar(start, period, previousClose * Math.Exp(gap), previousClose * Math.Exp(high),
            previousClose * Math.Exp(low), previousClose * Math.Exp(r), volume);
    }

    private static int Poisson(RandomStream random, double expMinusLambda)
    {
        int k = 0;
        double product = random.NextDouble();
        while (product > expMinusLambda)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }

    private static double[,] Uniform(int n, double rho)
    {
        double[,] c = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                c[i, j] = i == j ? 1 : rho;
            }
        }

        return c;
    }

    /// <summary>L of a correlation matrix A = L Lᵀ, with the option that holds it named when A is not symmetric or not positive definite.</summary>
    private static double[,] LowerFactor(double[,] a, string paramName)
    {
        int n = a.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > 1e-12)
                {
                    throw new ArgumentException($"the correlation matrix is not symmetric at ({i}, {j})", paramName);
                }
            }
        }

        try
        {
            return Cholesky.Factor(a).LowerFactor;
        }
        catch (MatrixNotPositiveDefiniteException ex)
        {
            throw new ArgumentException($"the correlation matrix is not positive definite (pivot {ex.PivotIndex} is {ex.PivotValue:G4})", paramName, ex);
        }
    }
}
