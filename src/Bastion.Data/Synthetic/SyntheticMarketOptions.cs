namespace Bastion.Data.Synthetic;

/// <summary>
/// Parameters of the synthetic market. Defaults give a plausible equity market: 15% calm / 40% crisis volatility,
/// GARCH(1,1) α = 0.08, β = 0.90, three jumps a year of N(−2%, 5%), crises starting 1% of days and lasting
/// 20 days on average. Immutable; checked by <see cref="Validate"/>.
/// </summary>
public sealed record SyntheticMarketOptions
{
    /// <summary>Symbols, one series each.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>First trading day (weekends are skipped: trading days are Monday to Friday).</summary>
    public DateOnly Start { get; init; } = new(2015, 1, 2);

    /// <summary>Number of trading days.</summary>
    public int Days { get; init; } = 252;

    /// <summary>Bar length: one day, or a whole number of minutes that divides the session.</summary>
    public TimeSpan Resolution { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Seed of the <see cref="Numerics.Random.RandomStream"/>: same seed, same market, on every machine.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Calm-regime correlation of the return shocks (symbols × symbols); null = 0.3 between every pair.</summary>
    public double[,]? Correlation { get; init; }

    /// <summary>
    /// Crisis correlation = (1 − w) · calm + w · (all ones): correlations go to one in a crisis. w in [0, 1), default 0.5.
    /// </summary>
    public double CrisisCorrelationWeight { get; init; } = 0.5;

    /// <summary>Calm regime: drift 8%, volatility 15% a year.</summary>
    public RegimeParameters Calm { get; init; } = new(0.08, 0.15);

    /// <summary>Crisis regime: drift −30%, volatility 40% a year.</summary>
    public RegimeParameters Crisis { get; init; } = new(-0.30, 0.40);

    /// <summary>Daily probability of moving from calm to crisis (0 disables crises). Default 0.01.</summary>
    public double CalmToCrisis { get; init; } = 0.01;

    /// <summary>Daily probability of moving from crisis to calm. Default 0.05 (crises last 20 days on average).</summary>
    public double CrisisToCalm { get; init; } = 0.05;

    /// <summary>GARCH(1,1) weight of the last squared shock, per bar. Default 0.08.</summary>
    public double GarchAlpha { get; init; } = 0.08;

    /// <summary>GARCH(1,1) weight of the last variance, per bar. Default 0.90 (α + β &lt; 1).</summary>
    public double GarchBeta { get; init; } = 0.90;

    /// <summary>Expected jumps per year and symbol (Poisson arrivals). Default 3; 0 disables jumps.</summary>
    public double JumpsPerYear { get; init; } = 3;

    /// <summary>Mean of a jump's log size. Default −0.02.</summary>
    public double JumpMean { get; init; } = -0.02;

    /// <summary>Standard deviation of a jump's log size. Default 0.05.</summary>
    public double JumpStdDev { get; init; } = 0.05;

    /// <summary>First price of every symbol. Default 100.</summary>
    public double StartPrice { get; init; } = 100;

    /// <summary>Average volume per day and symbol. Default 1,000,000.</summary>
    public double DailyVolume { get; init; } = 1_000_000;

    /// <summary>Intraday session open, UTC time of day (default 14:30, the NYSE open in winter).</summary>
    public TimeSpan SessionOpenUtc { get; init; } = new(14, 30, 0);

    /// <summary>Intraday session length (default 6.5 hours).</summary>
    public TimeSpan SessionLength { get; init; } = TimeSpan.FromMinutes(390);

    /// <summary>Throws when a value is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public void Validate()
    {
        if (Symbols is null || Symbols.Count == 0)
        {
            throw new ArgumentException("at least one symbol is needed", nameof(Symbols));
        }

        if (Symbols.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Symbols.Count)
        {
            throw new ArgumentException("symbols must be distinct", nameof(Symbols));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Days, 1, nameof(Days));
        bool daily = Resolution == TimeSpan.FromDays(1);
        if (!daily && (Resolution <= TimeSpan.Zero || Resolution.Ticks % TimeSpan.TicksPerMinute != 0
            || SessionLength.Ticks % Resolution.Ticks != 0 || Resolution > SessionLength))
        {
            throw new ArgumentException($"resolution {Resolution} must be one day or whole minutes dividing the {SessionLength} session", nameof(Resolution));
        }

        Check(CrisisCorrelationWeight is >= 0 and < 1, nameof(CrisisCorrelationWeight), "in [0, 1)");
        Check(CalmToCrisis is >= 0 and <= 1, nameof(CalmToCrisis), "a probability");
        Check(CrisisToCalm is > 0 and <= 1, nameof(CrisisToCalm), "a probability above 0");
        Check(GarchAlpha >= 0 && GarchBeta >= 0 && GarchAlpha + GarchBeta < 1, nameof(GarchAlpha), "α ≥ 0, β ≥ 0 with α + β < 1");
        Check(JumpsPerYear >= 0 && JumpStdDev >= 0 && double.IsFinite(JumpMean), nameof(JumpsPerYear), "non-negative with finite sizes");
        Check(StartPrice > 0 && double.IsFinite(StartPrice), nameof(StartPrice), "a positive price");
        Check(DailyVolume >= 0 && double.IsFinite(DailyVolume), nameof(DailyVolume), "non-negative");
        Check(Calm.AnnualVolatility > 0 && Crisis.AnnualVolatility > 0, nameof(Calm), "volatilities must be positive");
    }

    private static void Check(bool ok, string name, string what)
    {
        if (!ok)
        {
            throw new ArgumentException($"{name} must be {what}", name);
        }
    }
}
