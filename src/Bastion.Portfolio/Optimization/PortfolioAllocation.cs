namespace Bastion.Portfolio.Optimization;

/// <summary>
/// The outcome of a portfolio optimizer: weights per symbol (fractions of capital, summing to the net exposure, 1 for a
/// fully invested long-only book) when <see cref="Status"/> is <see cref="OptimizationStatus.Optimal"/>, else a reason.
/// </summary>
/// <param name="Method">Optimizer name as the CLI spells it.</param>
/// <param name="Status">How the optimization ended.</param>
/// <param name="Symbols">Asset names.</param>
/// <param name="Weights">Weights aligned with <paramref name="Symbols"/> (empty when not optimal).</param>
/// <param name="Reason">Why it is not optimal, or notes (e.g. a covariance repair).</param>
/// <param name="Iterations">Solver iterations, 0 for closed forms.</param>
/// <param name="SolveTime">Time spent in the solver.</param>
public sealed record PortfolioAllocation(
    string Method,
    OptimizationStatus Status,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<double> Weights,
    string? Reason = null,
    int Iterations = 0,
    TimeSpan SolveTime = default)
{
    /// <summary>The weight of <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not in the allocation.</exception>
    public double WeightOf(string symbol)
    {
        for (int i = 0; i < Symbols.Count; i++)
        {
            if (string.Equals(Symbols[i], symbol, StringComparison.Ordinal))
            {
                return Weights[i];
            }
        }

        throw new KeyNotFoundException($"{symbol} is not in the allocation");
    }
}
