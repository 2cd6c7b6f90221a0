namespace Bastion.Risk.Regimes;

/// <summary>
/// How <see cref="GaussianHiddenMarkov.Fit"/> estimates a Gaussian hidden Markov model. Validated when fitting.
/// </summary>
public sealed record RegimeModelOptions
{
    /// <summary>Number of hidden states: 2 or 3 (default 2).</summary>
    public int States { get; init; } = 2;

    /// <summary>Number of EM starts (the first deterministic, the rest seeded random); the best likelihood is kept (default 10).</summary>
    public int Starts { get; init; } = 10;

    /// <summary>Seed of the xoshiro256** stream that draws the random starts; same seed, same fit.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>EM stops when the log-likelihood rises by less than this (absolute, in log-likelihood units; default 1e-8).</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Most EM iterations per start (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Periods per year used to annualize means (×n) and volatilities (×√n); 252 for daily data.</summary>
    public int PeriodsPerYear { get; init; } = 252;
}
