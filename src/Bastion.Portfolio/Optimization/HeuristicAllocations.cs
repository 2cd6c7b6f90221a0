namespace Bastion.Portfolio.Optimization;

/// <summary>Allocations that need no optimizer: equal weight and inverse volatility. Long-only, fully invested.</summary>
public static class HeuristicAllocations
{
    /// <summary>1/n in every asset.</summary>
    public static PortfolioAllocation EqualWeight(IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0)
        {
            throw new ArgumentException("at least one asset is needed", nameof(symbols));
        }

        var w = new double[symbols.Count];
        Array.Fill(w, 1.0 / symbols.Count);
        return new PortfolioAllocation("equal-weight", OptimizationStatus.Optimal, [.. symbols], w);
    }

    /// <summary>Weights proportional to 1/σᵢ, σᵢ = √Σᵢᵢ (risk parity when correlations are equal).</summary>
    /// <exception cref="ArgumentException">A variance is not positive, or dimensions disagree.</exception>
    public static PortfolioAllocation InverseVolatility(double[,] covariance, IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(symbols);
        int n = covariance.GetLength(0);
        if (symbols.Count != n)
        {
            throw new ArgumentException($"{symbols.Count} symbols for {n} assets", nameof(symbols));
        }

        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            w[i] = covariance[i, i] > 0
                ? 1.0 / Math.Sqrt(covariance[i, i])
                : throw new ArgumentException($"{symbols[i]} has variance {covariance[i, i]}; inverse volatility needs positive variances", nameof(covariance));
        }

        double sum = w.Sum();
        return new PortfolioAllocation("inverse-volatility", OptimizationStatus.Optimal, [.. symbols], [.. w.Select(v => v / sum)]);
    }
}
