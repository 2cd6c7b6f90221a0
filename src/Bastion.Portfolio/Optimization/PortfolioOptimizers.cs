namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Every optimizer by the name the CLI uses, so a command, a strategy or a test can run any of them from one set of
/// <see cref="OptimizationInputs"/>. Names follow the CLI contract (<c>equal-weight</c>, <c>min-volatility</c>, ...).
/// </summary>
public static class PortfolioOptimizers
{
    private static readonly Dictionary<string, Func<OptimizationInputs, PortfolioAllocation>> s_methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["equal-weight"] = i => HeuristicAllocations.EqualWeight(i.Symbols),
        ["inverse-volatility"] = i => HeuristicAllocations.InverseVolatility(i.Covariance, i.Symbols),
        ["risk-parity"] = i => RiskParity.Optimize(i.Covariance, i.Symbols, i.RiskBudgets),
        ["hrp"] = i => i.Returns is { } r
            ? HierarchicalRiskParity.Optimize(r, i.Linkage).Allocation
            : HierarchicalRiskParity.Optimize(i.Covariance, i.Symbols, i.Linkage).Allocation,
        ["min-volatility"] = MeanVarianceOptimizers.MinVolatility,
        ["efficient-return"] = MeanVarianceOptimizers.EfficientReturn,
        ["max-quadratic-utility"] = MeanVarianceOptimizers.MaxQuadraticUtility,
        ["efficient-risk"] = MeanVarianceOptimizers.EfficientRisk,
        ["kelly"] = MeanVarianceOptimizers.Kelly,
        ["robust-mean-variance"] = MeanVarianceOptimizers.RobustMeanVariance,
        ["max-sharpe"] = RatioOptimizers.MaxSharpe,
        ["max-diversification"] = RatioOptimizers.MaxDiversification,
        ["min-cvar"] = i => MeanCvar.MinCvar(i).Allocation,
        ["efficient-cvar"] = i => MeanCvar.EfficientCvar(i).Allocation,
    };

    /// <summary>The method names, in a stable order.</summary>
    public static IReadOnlyList<string> Names => [.. s_methods.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Runs the optimizer named <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException">Unknown method (the message lists the known ones), or inputs the method rejects.</exception>
    public static PortfolioAllocation Run(string method, OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return s_methods.TryGetValue(method, out Func<OptimizationInputs, PortfolioAllocation>? run)
            ? run(inputs)
            : throw new ArgumentException($"unknown method '{method}' (known: {string.Join(", ", Names)})", nameof(method));
    }

    /// <summary>Annualized expected return, volatility and Sharpe ratio of <paramref name="weights"/> under the inputs' estimates.</summary>
    public static (double ExpectedReturn, double Volatility, double Sharpe) Performance(OptimizationInputs inputs, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weights);
        int n = weights.Count;
        double mu = 0, variance = 0;
        for (int i = 0; i < n; i++)
        {
            mu += weights[i] * inputs.ExpectedReturns[i];
            for (int j = 0; j < n; j++)
            {
                variance += weights[i] * inputs.Covariance[i, j] * weights[j];
            }
        }

        double vol = Math.Sqrt(Math.Max(variance, 0));
        return (mu, vol, vol > 0 ? (mu - inputs.RiskFreeRate) / vol : double.NaN);
    }
}
