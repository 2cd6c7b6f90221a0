using Bastion.Numerics.Optimization;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Markowitz-family optimizers solved by <see cref="ConvexSolver"/> under every constraint of
/// <see cref="OptimizationInputs"/> (weight bounds, budget Σw = 1 or Σw = 0, sector limits, turnover cap) plus the
/// L2 penalty γ‖w‖². Returns and volatilities are annual (the units of the inputs). Names match PyPortfolioOpt.
/// </summary>
public static class MeanVarianceOptimizers
{
    /// <summary>Target-return group name used in infeasibility reasons.</summary>
    internal const string TargetReturnGroup = "target return";

    /// <summary><c>min-volatility</c>: minimize wᵀΣw (+ γ‖w‖²).</summary>
    public static PortfolioAllocation MinVolatility(OptimizationInputs inputs)
    {
        var model = new ConstraintModel(inputs, 0, homogeneous: false);
        return model.Solve("min-volatility", new double[model.Columns], OptimizationGuards.Quadratic(inputs, model.Columns, 2), model.Weights).Allocation;
    }

    /// <summary><c>efficient-return</c>: minimize wᵀΣw subject to μᵀw ≥ <see cref="OptimizationInputs.TargetReturn"/>.</summary>
    /// <exception cref="ArgumentException">No target return.</exception>
    public static PortfolioAllocation EfficientReturn(OptimizationInputs inputs)
    {
        double target = inputs?.TargetReturn ?? throw new ArgumentException("efficient-return needs a target return", nameof(inputs));
        var model = new ConstraintModel(inputs, 0, homogeneous: false);
        AddTargetReturn(model, inputs, target);
        return model.Solve("efficient-return", new double[model.Columns], OptimizationGuards.Quadratic(inputs, model.Columns, 2), model.Weights).Allocation;
    }

    /// <summary><c>max-quadratic-utility</c>: maximize μᵀw − ½δ wᵀΣw (δ = <see cref="OptimizationInputs.RiskAversion"/>) − γ‖w‖².</summary>
    /// <exception cref="ArgumentException">δ is not positive.</exception>
    public static PortfolioAllocation MaxQuadraticUtility(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!(inputs.RiskAversion > 0))
        {
            throw new ArgumentException($"risk aversion {inputs.RiskAversion} must be positive", nameof(inputs));
        }

        var model = new ConstraintModel(inputs, 0, homogeneous: false);
        return model.Solve("max-quadratic-utility", ReturnCost(model, inputs, 0), OptimizationGuards.Quadratic(inputs, model.Columns, inputs.RiskAversion), model.Weights).Allocation;
    }

    /// <summary>
    /// <c>efficient-risk</c>: maximize μᵀw subject to ‖Lᵀw‖₂ ≤ σ* (σ* = <see cref="OptimizationInputs.TargetVolatility"/>,
    /// LLᵀ = Σ the Cholesky factor), a second-order cone (− γ‖w‖² when γ &gt; 0). With only weight bounds and the budget
    /// the optimum is found on the critical line of the mean–variance frontier (<see cref="CriticalLine"/>: the
    /// minimum-volatility QP, then an exact walk to the risk aversion where the volatility equals σ*); otherwise, and
    /// whenever that walk cannot finish (an unreachable target, Σ singular on the free assets), by the cone program.
    /// </summary>
    /// <exception cref="ArgumentException">No positive target volatility, or Σ not positive semidefinite.</exception>
    public static PortfolioAllocation EfficientRisk(OptimizationInputs inputs)
    {
        double target = inputs?.TargetVolatility ?? throw new ArgumentException("efficient-risk needs a target volatility", nameof(inputs));
        if (!(target > 0))
        {
            throw new ArgumentException($"target volatility {target} must be positive", nameof(inputs));
        }

        return CriticalLine.TrySolve(inputs, target) ?? EfficientRiskCone(inputs, target);
    }

    /// <summary>Efficient-risk as the second-order cone program, whatever the constraints (kept callable for benchmarks and tests).</summary>
    internal static PortfolioAllocation EfficientRiskCone(OptimizationInputs inputs, double target)
    {
        var model = new ConstraintModel(inputs, 0, homogeneous: false);
        double[,] f = OptimizationGuards.TransposedBlock(OptimizationGuards.CholeskyFactor(inputs.Covariance), model.Columns);
        model.AddCone("target volatility", SecondOrderCone.Create(f, new double[model.N], new double[model.Columns], target));
        double[,]? p = inputs.L2Gamma > 0 ? OptimizationGuards.Quadratic(inputs, model.Columns, 0) : null;
        return model.Solve("efficient-risk", ReturnCost(model, inputs, 0), p, model.Weights).Allocation;
    }

    /// <summary>
    /// <c>kelly</c>: the growth-optimal (continuous-time Kelly) portfolio. Solves maximize (μ − r_f)ᵀw − ½wᵀΣw − γ‖w‖²
    /// with the weight bounds, sector limits and turnover cap, and the budget relaxed to Σw ≤ 1 (no leverage; Σw = 0 stays
    /// for market-neutral), giving the full-Kelly weights w*. The returned weights are f·w* with f =
    /// <see cref="OptimizationInputs.KellyFraction"/>; the remainder 1 − f·Σw* is held in cash at r_f and stated in the
    /// reason. The constraints hold for w*; for f &lt; 1 a positive lower bound or a sector minimum is scaled by f as well.
    /// </summary>
    /// <exception cref="ArgumentException">The Kelly fraction is not in (0, 1].</exception>
    public static PortfolioAllocation Kelly(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        double fraction = inputs.KellyFraction;
        if (!(fraction > 0 && fraction <= 1))
        {
            throw new ArgumentException($"Kelly fraction {fraction} must be in (0, 1]", nameof(inputs));
        }

        var model = new ConstraintModel(inputs, 0, homogeneous: false, budgetAsCap: true);
        PortfolioAllocation full = model.Solve("kelly", ReturnCost(model, inputs, inputs.RiskFreeRate), OptimizationGuards.Quadratic(inputs, model.Columns, 1), model.Weights).Allocation;
        if (full.Status != OptimizationStatus.Optimal)
        {
            return full;
        }

        double[] w = [.. full.Weights.Select(v => v * fraction)];
        double cash = 1 - w.Sum();
        return full with { Weights = w, Reason = $"Kelly fraction {fraction:R}; cash weight {cash:R} earns the risk-free rate" };
    }

    /// <summary>
    /// <c>robust-mean-variance</c>: maximize μᵀw − κ‖Θ^{1/2}w‖₂ − ½δ wᵀΣw − γ‖w‖², the worst case of μᵀw over the ellipsoid
    /// (μ̂ − μ)ᵀΘ⁻¹(μ̂ − μ) ≤ κ² (Ceria and Stubbs, 2006) with Θ = diag(Σ)/T, the estimation variance of each mean from
    /// T = <see cref="OptimizationInputs.Returns"/> periods, κ = <see cref="OptimizationInputs.UncertaintyRadius"/>,
    /// δ = <see cref="OptimizationInputs.RiskAversion"/>. Solved with an epigraph variable s ≥ ‖Θ^{1/2}w‖₂ (a second-order cone).
    /// </summary>
    /// <exception cref="ArgumentException">No return panel, negative κ or non-positive δ.</exception>
    public static PortfolioAllocation RobustMeanVariance(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int periods = inputs.Returns?.Periods ?? throw new ArgumentException("robust-mean-variance needs the return panel (T periods)", nameof(inputs));
        if (!(inputs.UncertaintyRadius >= 0) || !(inputs.RiskAversion > 0))
        {
            throw new ArgumentException("robust-mean-variance needs κ ≥ 0 and δ > 0", nameof(inputs));
        }

        var model = new ConstraintModel(inputs, 1, homogeneous: false);
        int s = model.ExtraOffset;
        var f = new double[model.N, model.Columns];
        for (int i = 0; i < model.N; i++)
        {
            f[i, i] = Math.Sqrt(Math.Max(inputs.Covariance[i, i], 0) / periods);
        }

        double[] d = model.NewRow();
        d[s] = 1;
        model.AddCone("uncertainty", SecondOrderCone.Create(f, new double[model.N], d, 0));
        double[] q = ReturnCost(model, inputs, 0);
        q[s] = inputs.UncertaintyRadius;
        return model.Solve("robust-mean-variance", q, OptimizationGuards.Quadratic(inputs, model.Columns, inputs.RiskAversion), model.Weights).Allocation;
    }

    /// <summary>Adds μᵀw ≥ target as −μᵀw ≤ −target.</summary>
    internal static void AddTargetReturn(ConstraintModel model, OptimizationInputs inputs, double target)
    {
        double[] row = model.NewRow();
        for (int i = 0; i < model.N; i++)
        {
            row[i] = -inputs.ExpectedReturns[i];
        }

        model.AddInequality(TargetReturnGroup, row, -target);
    }

    /// <summary>q with −(μᵢ − r) in the weight block.</summary>
    internal static double[] ReturnCost(ConstraintModel model, OptimizationInputs inputs, double riskFree)
    {
        double[] q = model.NewRow();
        for (int i = 0; i < model.N; i++)
        {
            q[i] = -(inputs.ExpectedReturns[i] - riskFree);
        }

        return q;
    }
}
