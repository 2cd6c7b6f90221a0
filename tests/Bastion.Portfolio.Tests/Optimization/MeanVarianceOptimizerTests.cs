using Bastion.Portfolio.Optimization;
using static Bastion.Portfolio.Tests.Optimization.OptimizerReference;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>Solver-based optimizers against cvxopt and SciPy SLSQP (Fixtures/optimizers.expected.json).</summary>
public sealed class MeanVarianceOptimizerTests
{
    [Theory]
    [InlineData("min-volatility", "min_volatility_long_only", false)]
    [InlineData("min-volatility", "min_volatility_constrained", true)]
    [InlineData("efficient-return", "efficient_return_long_only", false)]
    [InlineData("efficient-return", "efficient_return_constrained", true)]
    [InlineData("max-quadratic-utility", "max_quadratic_utility_long_only", false)]
    [InlineData("max-quadratic-utility", "max_quadratic_utility_constrained", true)]
    [InlineData("max-sharpe", "max_sharpe_long_only", false)]
    [InlineData("max-sharpe", "max_sharpe_constrained", true)]
    [InlineData("max-diversification", "max_diversification_long_only", false)]
    [InlineData("max-diversification", "max_diversification_constrained", true)]
    [InlineData("efficient-risk", "efficient_risk_long_only", false)]
    [InlineData("kelly", "kelly_long_only", false)]
    [InlineData("robust-mean-variance", "robust_mean_variance_long_only", false)]
    [InlineData("min-cvar", "min_cvar_long_only", false)]
    [InlineData("efficient-cvar", "efficient_cvar_long_only", false)]
    public void Run_MatchesCvxopt(string method, string key, bool constrained)
    {
        OptimizationInputs inputs = (constrained ? Constrained() : LongOnly()) with
        {
            TargetReturn = Expected.GetProperty(key).TryGetProperty("target_return", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.Number ? t.GetDouble() : null,
            TargetVolatility = Expected.GetProperty(key).TryGetProperty("target_volatility", out var v) ? v.GetDouble() : null,
        };

        PortfolioAllocation result = PortfolioOptimizers.Run(method, inputs);

        Assert.True(result.Status == OptimizationStatus.Optimal, result.Reason);
        AssertWeights(Weights(key), result.Weights, 1e-6);
        (double ret, double vol, _) = PortfolioOptimizers.Performance(inputs, result.Weights);
        if (method == "robust-mean-variance")
        {
            // A flat optimum: the variance moves at first order within the solver's gap, the objective does not.
            AssertRelative(Number(key, "objective"), RobustObjective(inputs, result.Weights), 1e-9);
            return;
        }

        AssertRelative(Number(key, "variance"), vol * vol, 1e-7);
        AssertRelative(Number(key, "ret"), ret, 1e-7);
    }

    private static double RobustObjective(OptimizationInputs inputs, IReadOnlyList<double> w)
    {
        (double ret, double vol, _) = PortfolioOptimizers.Performance(inputs, w);
        int periods = inputs.Returns!.Periods;
        double norm = Math.Sqrt(Enumerable.Range(0, w.Count).Sum(i => inputs.Covariance[i, i] / periods * w[i] * w[i]));
        return (0.5 * inputs.RiskAversion * vol * vol) - ret + (inputs.UncertaintyRadius * norm);
    }

    [Theory]
    [InlineData("max-sharpe", "max_sharpe_long_only", false)]
    [InlineData("max-sharpe", "max_sharpe_constrained", true)]
    [InlineData("max-diversification", "max_diversification_long_only", false)]
    [InlineData("max-diversification", "max_diversification_constrained", true)]
    public void Ratio_MatchesSlsqpOnTheRatioItself(string method, string key, bool constrained)
    {
        OptimizationInputs inputs = constrained ? Constrained() : LongOnly();

        PortfolioAllocation result = PortfolioOptimizers.Run(method, inputs);

        AssertWeights(Weights(key, "slsqp_weights"), result.Weights, 1e-6);
        double ratio = method == "max-sharpe"
            ? PortfolioOptimizers.Performance(inputs, result.Weights).Sharpe
            : RatioOptimizers.DiversificationRatio(inputs.Covariance, result.Weights);
        AssertRelative(Number(key, "slsqp_ratio"), ratio, 1e-9);
        AssertRelative(Number(key, "ratio"), ratio, 1e-9);
    }

    [Theory]
    [InlineData("min_cvar_long_only")]
    [InlineData("efficient_cvar_long_only")]
    public void Cvar_ReportsTheLinearProgramObjective(string key)
    {
        OptimizationInputs inputs = LongOnly() with { TargetReturn = key.StartsWith("efficient", StringComparison.Ordinal) ? Number(key, "target_return") : null };

        CvarAllocation result = key.StartsWith("min", StringComparison.Ordinal) ? MeanCvar.MinCvar(inputs) : MeanCvar.EfficientCvar(inputs);

        AssertRelative(Number(key, "cvar"), result.Cvar, 1e-7);
        // CVaR is the mean of the worst (1 − β) scenario losses: recompute it from the weights.
        double[,] r = inputs.Returns!.ToArray();
        double[] losses = [.. Enumerable.Range(0, r.GetLength(0)).Select(t => -Enumerable.Range(0, 12).Sum(i => r[t, i] * result.Allocation.Weights[i]))];
        double alpha = result.ValueAtRisk;
        double cvar = alpha + losses.Sum(l => Math.Max(l - alpha, 0)) / (0.05 * losses.Length);
        Assert.Equal(result.Cvar, cvar, 1e-10);
    }

    [Fact]
    public void Kelly_HalfFraction_HalvesTheWeightsAndHoldsCash()
    {
        OptimizationInputs inputs = LongOnly() with { KellyFraction = 0.5 };

        PortfolioAllocation half = MeanVarianceOptimizers.Kelly(inputs);

        double[] full = Weights("kelly_long_only");
        AssertWeights([.. full.Select(w => 0.5 * w)], half.Weights, 1e-6);
        Assert.Contains("cash weight", half.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Frontier_RunsFromMinVolatilityToTheMaxReturnCorner()
    {
        OptimizationInputs inputs = LongOnly();

        IReadOnlyList<FrontierPoint> frontier = EfficientFrontier.Compute(inputs, 8, out string? failure);

        Assert.Null(failure);
        Assert.Equal(8, frontier.Count);
        AssertWeights(Weights("min_volatility_long_only"), frontier[0].Weights, 1e-6);
        // Long-only, fully invested: the max-return corner is all in the best asset (AMD, μ = 0.748).
        Assert.Equal(inputs.ExpectedReturns.Max(), frontier[^1].ExpectedReturn, 1e-6);
        for (int k = 1; k < frontier.Count; k++)
        {
            Assert.True(frontier[k].ExpectedReturn > frontier[k - 1].ExpectedReturn);
            Assert.True(frontier[k].Volatility >= frontier[k - 1].Volatility - 1e-12);
        }
    }
}
