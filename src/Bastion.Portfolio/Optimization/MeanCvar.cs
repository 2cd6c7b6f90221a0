namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Mean–CVaR optimizers on the historical scenarios of <see cref="OptimizationInputs.Returns"/> (Rockafellar and Uryasev,
/// 2000): minimize α + Σₜuₜ / ((1 − β)T) subject to uₜ ≥ −rₜᵀw − α, uₜ ≥ 0, and every constraint of the inputs, with β =
/// <see cref="OptimizationInputs.Confidence"/>. CVaR is per period of the panel (daily for daily returns); the target
/// return of <c>efficient-cvar</c> is annual, on <see cref="OptimizationInputs.ExpectedReturns"/> (as PyPortfolioOpt).
/// </summary>
public static class MeanCvar
{
    /// <summary><c>min-cvar</c>: the allocation of least CVaR.</summary>
    /// <exception cref="ArgumentException">No return panel, or β not in (0, 1).</exception>
    public static CvarAllocation MinCvar(OptimizationInputs inputs) => Solve("min-cvar", inputs, null);

    /// <summary><c>efficient-cvar</c>: least CVaR subject to μᵀw ≥ <see cref="OptimizationInputs.TargetReturn"/>.</summary>
    /// <exception cref="ArgumentException">No return panel or target, or β not in (0, 1).</exception>
    public static CvarAllocation EfficientCvar(OptimizationInputs inputs) =>
        Solve("efficient-cvar", inputs, inputs?.TargetReturn ?? throw new ArgumentException("efficient-cvar needs a target return", nameof(inputs)));

    private static CvarAllocation Solve(string method, OptimizationInputs inputs, double? target)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Estimation.ReturnPanel panel = inputs.Returns ?? throw new ArgumentException($"{method} needs the return panel (historical scenarios)", nameof(inputs));
        double beta = inputs.Confidence;
        if (!(beta > 0 && beta < 1))
        {
            throw new ArgumentException($"confidence {beta} must be in (0, 1)", nameof(inputs));
        }

        if (panel.Assets != inputs.Symbols.Count || panel.HasMissing)
        {
            throw new ArgumentException("the return panel must have one complete column per symbol", nameof(inputs));
        }

        int periods = panel.Periods;
        var model = new ConstraintModel(inputs, 1 + periods, homogeneous: false);
        int alpha = model.ExtraOffset;
        double[] q = model.NewRow();
        q[alpha] = 1;
        for (int t = 0; t < periods; t++)
        {
            int u = alpha + 1 + t;
            model.SetBounds(u, 0, double.PositiveInfinity);
            q[u] = 1.0 / ((1 - beta) * periods);
            double[] row = model.NewRow();
            for (int i = 0; i < model.N; i++)
            {
                row[i] = -panel[t, i];
            }

            row[alpha] = -1;
            row[u] = -1;
            model.AddInequality("scenario losses", row, 0);
        }

        if (target is { } r)
        {
            MeanVarianceOptimizers.AddTargetReturn(model, inputs, r);
        }

        double[,]? p = inputs.L2Gamma > 0 ? OptimizationGuards.Quadratic(inputs, model.Columns, 0) : null;
        (PortfolioAllocation allocation, Numerics.Optimization.SolverResult? result) = model.Solve(method, q, p, model.Weights);
        if (result is null)
        {
            return new CvarAllocation(allocation, double.NaN, double.NaN);
        }

        double cvar = result.X[alpha];
        for (int t = 0; t < periods; t++)
        {
            cvar += result.X[alpha + 1 + t] * q[alpha + 1 + t];
        }

        return new CvarAllocation(allocation with { Reason = $"CVaR({beta:R}) = {cvar:R} per period" }, cvar, result.X[alpha]);
    }
}
