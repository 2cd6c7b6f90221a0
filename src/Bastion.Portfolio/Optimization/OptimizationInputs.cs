using Bastion.Portfolio.Clustering;
using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// What every optimizer may draw on: annualized expected returns and covariance (from any estimator), the return
/// panel (for scenario-based methods), and the constraints and targets a user asked for. Immutable.
/// </summary>
public sealed record OptimizationInputs
{
    /// <summary>Asset names.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Annualized expected returns, aligned with <see cref="Symbols"/>.</summary>
    public required IReadOnlyList<double> ExpectedReturns { get; init; }

    /// <summary>Annualized covariance.</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Periodic returns (scenarios for CVaR, pairwise statistics for HRP).</summary>
    public ReturnPanel? Returns { get; init; }

    /// <summary>Annual risk-free rate used by Sharpe-based methods and reported Sharpe ratios.</summary>
    public double RiskFreeRate { get; init; }

    /// <summary>Periods per year of <see cref="Returns"/>.</summary>
    public int Frequency { get; init; } = 252;

    /// <summary>Lower bound of every weight (−1 allows shorting).</summary>
    public double LowerBound { get; init; }

    /// <summary>Upper bound of every weight.</summary>
    public double UpperBound { get; init; } = 1.0;

    /// <summary>Net exposure Σw = 0 instead of 1 (long–short dollar neutral).</summary>
    public bool MarketNeutral { get; init; }

    /// <summary>Target annual return for efficient-return and efficient-CVaR.</summary>
    public double? TargetReturn { get; init; }

    /// <summary>Target annual volatility for efficient-risk.</summary>
    public double? TargetVolatility { get; init; }

    /// <summary>Risk aversion δ for quadratic utility.</summary>
    public double RiskAversion { get; init; } = 1.0;

    /// <summary>L2 regularization γ‖w‖² (PyPortfolioOpt's <c>L2_reg</c>), 0 = none.</summary>
    public double L2Gamma { get; init; }

    /// <summary>CVaR confidence level β (e.g. 0.95).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Linkage for hierarchical risk parity.</summary>
    public LinkageMethod Linkage { get; init; } = LinkageMethod.Single;

    /// <summary>Risk budgets for risk parity, aligned with <see cref="Symbols"/> (equal when null).</summary>
    public IReadOnlyList<double>? RiskBudgets { get; init; }

    /// <summary>Symbol → sector, for sector limits.</summary>
    public IReadOnlyDictionary<string, string>? Sectors { get; init; }

    /// <summary>Sector → (minimum, maximum) total weight.</summary>
    public IReadOnlyDictionary<string, (double Min, double Max)>? SectorLimits { get; init; }

    /// <summary>Current weights, for turnover limits and transaction costs.</summary>
    public IReadOnlyList<double>? CurrentWeights { get; init; }

    /// <summary>Maximum one-way turnover Σ|w − w₀|, with <see cref="CurrentWeights"/>.</summary>
    public double? MaxTurnover { get; init; }

    /// <summary>Kelly fraction (1 = full Kelly, 0.5 = half Kelly).</summary>
    public double KellyFraction { get; init; } = 1.0;

    /// <summary>Radius κ of the ellipsoidal uncertainty set for the expected returns (robust mean–variance), ≥ 0.</summary>
    public double UncertaintyRadius { get; init; } = 1.0;

    /// <summary>Linear transaction cost cᵢ per unit of weight traded: Σcᵢ|wᵢ − w₀ᵢ| is added to the objective (needs <see cref="CurrentWeights"/>; not for ratio methods).</summary>
    public IReadOnlyList<double>? TransactionCosts { get; init; }

    /// <summary>Quadratic market-impact coefficient kᵢ: Σkᵢ(wᵢ − w₀ᵢ)² is added to the objective (needs <see cref="CurrentWeights"/>; not for ratio methods).</summary>
    public IReadOnlyList<double>? MarketImpact { get; init; }

    /// <summary>Benchmark weights b for the tracking-error cap.</summary>
    public IReadOnlyList<double>? BenchmarkWeights { get; init; }

    /// <summary>Annual tracking-error cap: ‖Lᵀ(w − b)‖₂ ≤ TE, LLᵀ = Σ (needs <see cref="BenchmarkWeights"/>).</summary>
    public double? MaxTrackingError { get; init; }

    /// <summary>Factor loadings B (assets × factors) for exposure bounds; exposure of factor j is Σᵢ Bᵢⱼ wᵢ.</summary>
    public double[,]? FactorLoadings { get; init; }

    /// <summary>(minimum, maximum) exposure per factor column of <see cref="FactorLoadings"/> (infinite = open).</summary>
    public IReadOnlyList<(double Min, double Max)>? FactorBounds { get; init; }
}
