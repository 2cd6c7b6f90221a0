using System.Text.Json;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>Risk budgeting against SciPy's root of Spinu's first-order conditions (Fixtures/risk_parity.expected.json).</summary>
public sealed class RiskParityTests
{
    private static readonly Fixture s_data = Fixture.Load("prices_complete");
    private static readonly CovarianceEstimate s_cov = new SampleCovariance().Estimate(s_data.Returns());

    [Theory]
    [InlineData("equal")]
    [InlineData("custom")]
    public void Optimize_MatchesScipyAndHitsBudgets(string key)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "risk_parity.expected.json")));
        JsonElement expected = doc.RootElement.GetProperty(key);
        double[] budgets = [.. expected.GetProperty("budgets").EnumerateArray().Select(e => e.GetDouble())];

        PortfolioAllocation result = RiskParity.Optimize(s_cov.Matrix, s_cov.Symbols, key == "equal" ? null : budgets);

        Assert.Equal(OptimizationStatus.Optimal, result.Status);
        Fixture.AssertClose([.. expected.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble())], [.. result.Weights], 1e-9);
        double[] rc = RiskParity.RiskContributions(s_cov.Matrix, result.Weights);
        for (int i = 0; i < rc.Length; i++)
        {
            Assert.Equal(budgets[i], rc[i], 1e-12);
        }
    }

    [Fact]
    public void Optimize_UncorrelatedAssets_EqualsInverseVolatility()
    {
        // With zero correlations ERC weights are exactly proportional to 1/σᵢ (Maillard, Roncalli and Teiletche, 2010).
        double[,] cov = { { 0.04, 0, 0 }, { 0, 0.09, 0 }, { 0, 0, 0.25 } };
        PortfolioAllocation erc = RiskParity.Optimize(cov, ["A", "B", "C"]);
        PortfolioAllocation ivol = HeuristicAllocations.InverseVolatility(cov, ["A", "B", "C"]);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(ivol.Weights[i], erc.Weights[i], 1e-12);
        }

        // 1/0.2 : 1/0.3 : 1/0.5 = 15 : 10 : 6 out of 31.
        Assert.Equal(15.0 / 31, ivol.Weights[0], 1e-15);
    }

    [Fact]
    public void Optimize_NonPositiveBudget_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RiskParity.Optimize(s_cov.Matrix, s_cov.Symbols, new double[s_cov.Symbols.Count]));
        Assert.Equal("budgets", ex.ParamName);
    }

    [Fact]
    public void EqualWeight_SumsToOne()
    {
        PortfolioAllocation w = HeuristicAllocations.EqualWeight(["A", "B", "C", "D"]);
        Assert.All(w.Weights, v => Assert.Equal(0.25, v));
    }
}
