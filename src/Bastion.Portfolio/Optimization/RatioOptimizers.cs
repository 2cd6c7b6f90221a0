using Bastion.Numerics.Optimization;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Ratio-maximizing optimizers made convex by the Cornuéjols–Tütüncü homogenization: with w = y/κ, κ ≥ 0, maximizing
/// aᵀw/√(wᵀΣw) becomes minimize yᵀΣy subject to aᵀy = 1, Σy = κ, and every linear constraint cᵀw ≤ b rewritten as
/// cᵀy ≤ bκ (bounds, sector limits, turnover). Needs the budget Σw = 1 (the ratio of a dollar-neutral book is scale-free).
/// The L2 penalty, when set, is applied to y (as PyPortfolioOpt does).
/// </summary>
public static class RatioOptimizers
{
    /// <summary><c>max-sharpe</c>: maximize (μ − r_f)ᵀw / √(wᵀΣw) (tangency portfolio). Infeasible when no feasible portfolio earns more than r_f.</summary>
    /// <exception cref="ArgumentException">Market-neutral inputs.</exception>
    public static PortfolioAllocation MaxSharpe(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Solve("max-sharpe", inputs, [.. inputs.ExpectedReturns.Select(m => m - inputs.RiskFreeRate)], "excess return over the risk-free rate");
    }

    /// <summary><c>max-diversification</c>: maximize σᵀw / √(wᵀΣw), σᵢ = √Σᵢᵢ (Choueifaty and Coignard, 2008).</summary>
    /// <exception cref="ArgumentException">Market-neutral inputs.</exception>
    public static PortfolioAllocation MaxDiversification(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int n = inputs.Symbols.Count;
        var sigma = new double[n];
        for (int i = 0; i < n && i < inputs.Covariance.GetLength(0); i++)
        {
            sigma[i] = Math.Sqrt(Math.Max(inputs.Covariance[i, i], 0));
        }

        return Solve("max-diversification", inputs, sigma, "positive weighted volatility");
    }

    /// <summary>The diversification ratio σᵀw / √(wᵀΣw).</summary>
    public static double DiversificationRatio(double[,] covariance, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(weights);
        double num = 0, variance = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            num += Math.Sqrt(covariance[i, i]) * weights[i];
            for (int j = 0; j < weights.Count; j++)
            {
                variance += weights[i] * covariance[i, j] * weights[j];
            }
        }

        return num / Math.Sqrt(variance);
    }

    private static PortfolioAllocation Solve(string method, OptimizationInputs inputs, double[] numerator, string normalization)
    {
        if (inputs.MarketNeutral)
        {
            throw new ArgumentException($"{method} needs the budget Σw = 1; a market-neutral ratio is scale-free", nameof(inputs));
        }

        var model = new ConstraintModel(inputs, 0, homogeneous: true);
        double[] row = model.NewRow();
        Array.Copy(numerator, row, model.N);
        model.AddEquality(normalization, row, 1, homogenize: false);
        int kappa = model.KappaIndex;
        (PortfolioAllocation allocation, SolverResult? result) = model.Solve(method, new double[model.Columns], OptimizationGuards.Quadratic(inputs, model.Columns, 2), x => [.. x.Take(model.N).Select(v => v / x[kappa])]);
        if (result is not null && !(result.X[kappa] > 1e-12))
        {
            return allocation with { Status = OptimizationStatus.NumericalTrouble, Weights = [], Reason = $"κ = {result.X[kappa]} at the optimum: the ratio is unbounded or degenerate" };
        }

        return allocation;
    }
}
