using Bastion.Portfolio.Rebalancing;

namespace Bastion.Portfolio.Tests.Rebalancing;

public sealed class StrategyAggregationTests
{
    // Two profitable sleeves of different volatility and a loser.
    private static readonly double[] s_a = [0.01, -0.005, 0.012, -0.004, 0.008, -0.006, 0.011, -0.003];
    private static readonly double[] s_b = [0.02, -0.012, 0.005, 0.015, -0.01, 0.018, -0.008, 0.01];
    private static readonly double[] s_loser = [-0.01, -0.002, -0.008, 0.001, -0.006, -0.004, -0.007, 0.002];

    [Fact]
    public void Combine_SelectionCriteria_ExcludeWithReasons()
    {
        StrategyAggregation result = StrategyAggregation.Combine(
            [new("a", s_a, 40), new("b", s_b, 3), new("loser", s_loser, 50)],
            new StrategySelection { MinimumSharpe = 0.0, MinimumTrades = 10 },
            StrategyBudgeting.EqualWeight);

        Assert.Equal(["a"], result.Allocation.Symbols);
        Assert.StartsWith("Sharpe", result.Excluded["loser"], StringComparison.Ordinal);
        Assert.Equal("3 trades, fewer than 10", result.Excluded["b"]);
        Assert.Equal(s_a, result.CombinedReturns);
    }

    [Fact]
    public void Combine_RiskParity_EqualisesRiskContributions()
    {
        StrategyAggregation result = StrategyAggregation.Combine(
            [new("a", s_a, 40), new("b", s_b, 40)], new StrategySelection(), StrategyBudgeting.RiskParity);

        double[,] cov = new Bastion.Portfolio.Estimation.SampleCovariance().Estimate(
            Bastion.Portfolio.Estimation.ReturnPanel.FromReturns(Matrix(s_a, s_b), ["a", "b"])).Matrix;
        double[] rc = Bastion.Portfolio.Optimization.RiskParity.RiskContributions(cov, result.Allocation.Weights);
        Assert.Equal(0.5, rc[0], 1e-10);
        Assert.Equal(0.5, rc[1], 1e-10);
        Assert.Equal((result.Allocation.Weights[0] * s_a[0]) + (result.Allocation.Weights[1] * s_b[0]), result.CombinedReturns[0], 1e-15);
    }

    [Fact]
    public void Combine_NothingQualifies_ThrowsListingReasons()
    {
        var ex = Assert.Throws<ArgumentException>(() => StrategyAggregation.Combine([new("loser", s_loser, 1)], new StrategySelection { MinimumSharpe = 0 }));
        Assert.Contains("loser: Sharpe", ex.Message, StringComparison.Ordinal);
    }

    private static double[,] Matrix(double[] a, double[] b)
    {
        var m = new double[a.Length, 2];
        for (int i = 0; i < a.Length; i++)
        {
            m[i, 0] = a[i];
            m[i, 1] = b[i];
        }

        return m;
    }
}
