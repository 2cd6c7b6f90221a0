namespace Bastion.Pricing.Volatility;

/// <summary>An implied volatility, or the reason there is none.</summary>
/// <param name="Volatility">Annualized implied volatility; NaN unless <see cref="Status"/> is <see cref="ImpliedVolatilityStatus.Solved"/>.</param>
/// <param name="Status">Whether it was solved, and if not why.</param>
/// <param name="Reason">A sentence naming the bound that was violated (with the numbers), or null when solved.</param>
/// <param name="Iterations">Root-finder iterations used.</param>
public readonly record struct ImpliedVolatilityResult(double Volatility, ImpliedVolatilityStatus Status, string? Reason, int Iterations)
{
    /// <summary>True when <see cref="Volatility"/> is usable.</summary>
    public bool IsSolved => Status == ImpliedVolatilityStatus.Solved;

    internal static ImpliedVolatilityResult Solved(double volatility, int iterations)
        => new(volatility, ImpliedVolatilityStatus.Solved, null, iterations);

    internal static ImpliedVolatilityResult Failed(ImpliedVolatilityStatus status, string reason, int iterations = 0)
        => new(double.NaN, status, reason, iterations);
}
