using Bastion.Portfolio.Optimization;
using static Bastion.Portfolio.Tests.Optimization.OptimizerReference;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>Transaction costs, market impact and the tracking-error cap against cvxopt / SLSQP (Fixtures/optimizers.expected.json).</summary>
public sealed class TradingConstraintTests
{
    private static readonly double[] s_equal = [.. Enumerable.Repeat(1.0 / 12, 12)];

    [Fact]
    public void MaxQuadraticUtility_WithLinearAndImpactCosts_MatchesCvxopt()
    {
        const string key = "transaction_costs_max_quadratic_utility";
        OptimizationInputs inputs = LongOnly() with
        {
            CurrentWeights = s_equal,
            TransactionCosts = [.. Enumerable.Repeat(Number(key, "cost"), 12)],
            MarketImpact = [.. Enumerable.Repeat(Number(key, "impact"), 12)],
        };

        PortfolioAllocation a = MeanVarianceOptimizers.MaxQuadraticUtility(inputs);

        Assert.True(a.Status == OptimizationStatus.Optimal, a.Reason);
        AssertWeights(Weights(key), a.Weights, 1e-6);
        // The costs must change the answer: without them the optimum is the plain utility maximizer.
        Assert.True(Math.Abs(a.Weights[6] - Weights("max_quadratic_utility_long_only")[6]) > 1e-3);
    }

    [Fact]
    public void MaxQuadraticUtility_WithTrackingErrorCap_MatchesCvxoptAndBindsTheCap()
    {
        const string key = "tracking_error_max_quadratic_utility";
        OptimizationInputs inputs = LongOnly() with { BenchmarkWeights = s_equal, MaxTrackingError = Number(key, "tracking_error") };

        PortfolioAllocation a = MeanVarianceOptimizers.MaxQuadraticUtility(inputs);

        Assert.True(a.Status == OptimizationStatus.Optimal, a.Reason);
        AssertWeights(Weights(key), a.Weights, 1e-6);
        Assert.Equal(inputs.MaxTrackingError!.Value, TrackingError(inputs, a.Weights), 1e-8);
    }

    [Fact]
    public void MaxSharpe_WithTrackingErrorCap_MatchesSlsqpOnTheRatio()
    {
        const string key = "tracking_error_max_sharpe";
        OptimizationInputs inputs = LongOnly() with { BenchmarkWeights = s_equal, MaxTrackingError = Number(key, "tracking_error") };

        PortfolioAllocation a = RatioOptimizers.MaxSharpe(inputs);

        Assert.True(a.Status == OptimizationStatus.Optimal, a.Reason);
        // Homogenized cone problem vs SLSQP on the ratio: the optimum is flat, so the weights agree to ~5e-6 while the
        // Sharpe ratio itself agrees to 1e-9.
        AssertWeights(Weights(key), a.Weights, 1e-5);
        AssertRelative(Number(key, "ratio"), PortfolioOptimizers.Performance(inputs, a.Weights).Sharpe, 1e-9);
        Assert.True(TrackingError(inputs, a.Weights) <= inputs.MaxTrackingError!.Value + 1e-8);
    }

    [Fact]
    public void TrackingErrorCap_TooTightForBounds_ReturnsInfeasibleNamingIt()
    {
        // The benchmark holds 50% of GOOG but no weight may exceed 10%: a 1% tracking error is out of reach.
        double[] benchmark = [0.5, .. Enumerable.Repeat(0.5 / 11, 11)];
        OptimizationInputs inputs = LongOnly() with { UpperBound = 0.1, BenchmarkWeights = benchmark, MaxTrackingError = 0.01 };

        PortfolioAllocation a = MeanVarianceOptimizers.MinVolatility(inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("tracking error", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxSharpe_WithTransactionCosts_Throws()
    {
        OptimizationInputs inputs = LongOnly() with { CurrentWeights = s_equal, TransactionCosts = [.. Enumerable.Repeat(0.01, 12)] };

        Assert.Throws<ArgumentException>(() => RatioOptimizers.MaxSharpe(inputs));
    }

    [Theory]
    [InlineData("min-volatility", "factor_min_volatility")]
    [InlineData("max-sharpe", "factor_max_sharpe")]
    public void FactorExposureBounds_MatchCvxoptAndHold(string method, string key)
    {
        OptimizationInputs inputs = BetaBounded(0.95, 1.05);

        PortfolioAllocation a = PortfolioOptimizers.Run(method, inputs);

        Assert.True(a.Status == OptimizationStatus.Optimal, a.Reason);
        AssertWeights(Weights(key), a.Weights, 1e-6);
        double exposure = Enumerable.Range(0, 12).Sum(i => inputs.FactorLoadings![i, 0] * a.Weights[i]);
        Assert.InRange(exposure, 0.95 - 1e-8, 1.05 + 1e-8);
    }

    [Fact]
    public void FactorExposureBounds_Unreachable_ReturnsInfeasibleNamingThem()
    {
        PortfolioAllocation a = MeanVarianceOptimizers.MinVolatility(BetaBounded(3, 4));

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("factor exposures", a.Reason, StringComparison.Ordinal);
    }

    /// <summary>One factor: βᵢ = (Σ·1/n)ᵢ / (1ᵀΣ1/n²), the beta to the equal-weight portfolio (as in optimizers.py).</summary>
    private static OptimizationInputs BetaBounded(double min, double max)
    {
        OptimizationInputs inputs = LongOnly();
        double[,] s = inputs.Covariance;
        var loadings = new double[12, 1];
        double total = 0;
        for (int i = 0; i < 12; i++)
        {
            for (int j = 0; j < 12; j++)
            {
                loadings[i, 0] += s[i, j] / 12;
                total += s[i, j] / 144;
            }
        }

        for (int i = 0; i < 12; i++)
        {
            loadings[i, 0] /= total;
        }

        return inputs with { FactorLoadings = loadings, FactorBounds = [(min, max)] };
    }

    private static double TrackingError(OptimizationInputs inputs, IReadOnlyList<double> w) =>
        PortfolioOptimizers.Performance(inputs, [.. w.Select((v, i) => v - inputs.BenchmarkWeights![i])]).Volatility;
}
