using System.Text.Json;
using Bastion.Numerics.Statistics;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Risk.Tests.Portfolio;

public sealed class PortfolioRiskTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("portfolio.json");
    private static readonly double[] s_returns = s_fixture.GetProperty("returns").Flatten();
    private static readonly double[] s_positions = s_fixture.GetProperty("positions").Doubles();

    public static TheoryData<double> Confidences => new() { 0.95, 0.99 };

    private static JsonElement Case(double confidence)
        => s_fixture.GetProperty("cases").EnumerateArray().Single(c => Math.Abs(c.GetProperty("confidence").GetDouble() - confidence) < 1e-12);

    private static double[,] Covariance()
    {
        double[] flat = s_fixture.GetProperty("covariance").Flatten();
        int n = s_positions.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = flat[(i * n) + j];
            }
        }

        return m;
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Historical_FullRevaluation_MatchesNumPy(double confidence)
    {
        JsonElement c = Case(confidence);
        RiskDecomposition d = PortfolioHistoricalRisk.Decompose(s_returns, s_positions, confidence);
        Fixture.Close(c.GetProperty("var").GetDouble(), d.Total.ValueAtRisk, 1e-10);
        Fixture.Close(c.GetProperty("es").GetDouble(), d.Total.ExpectedShortfall, 1e-10);

        double[] componentEs = c.GetProperty("component_es").Doubles();
        JsonElement incremental = c.GetProperty("incremental");
        for (int i = 0; i < s_positions.Length; i++)
        {
            Fixture.Close(componentEs[i], d.Positions[i].ComponentES, 1e-9, 1e-6);
            double[] inc = incremental[i].Doubles();
            Fixture.Close(inc[0], d.Positions[i].IncrementalVaR, 1e-9, 1e-6);
            Fixture.Close(inc[1], d.Positions[i].IncrementalES, 1e-9, 1e-6);
        }
    }

    [Theory]
    [InlineData(0.95, QuantileMethod.Linear)]
    [InlineData(0.99, QuantileMethod.Midpoint)]
    [InlineData(0.975, QuantileMethod.Lower)]
    [InlineData(0.9, QuantileMethod.Nearest)]
    public void Historical_Components_SumToTotal(double confidence, QuantileMethod method)
    {
        RiskDecomposition d = PortfolioHistoricalRisk.Decompose(s_returns, s_positions, confidence, method);
        Fixture.Close(d.Total.ValueAtRisk, d.Positions.Sum(p => p.ComponentVaR), 1e-10);
        Fixture.Close(d.Total.ExpectedShortfall, d.Positions.Sum(p => p.ComponentES), 1e-10);
        var sectors = d.BySector(["Tech", "Industrial", "Retail", "Energy", "Financial"]);
        Fixture.Close(d.Total.ValueAtRisk, sectors.Sum(s => s.ComponentVaR), 1e-10);
        var two = d.BySector(["A", "B", "A", "B", "A"]);
        Assert.Equal(2, two.Count);
        Fixture.Close(d.Positions[0].ComponentES + d.Positions[2].ComponentES + d.Positions[4].ComponentES, two[0].ComponentES, 1e-12);
    }

    [Fact]
    public void Historical_FastPath_AgreesWithSingleSeries()
    {
        int scenarios = s_returns.Length / s_positions.Length;
        var pnl = new double[scenarios];
        var scratch = new double[scenarios];
        RiskEstimate fast = PortfolioHistoricalRisk.Estimate(s_returns, s_positions, 0.99, QuantileMethod.Linear, pnl, scratch);
        ScenarioRevaluation.Revalue(s_returns, s_positions, pnl);
        RiskEstimate slow = HistoricalVaR.Estimate(pnl, 0.99);
        Assert.Equal(slow, fast);
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Covariance_DeltaNormal_MatchesNumPy(double confidence)
    {
        JsonElement c = Case(confidence);
        RiskDecomposition d = CovarianceRisk.Decompose(s_positions, Covariance(), confidence);
        Fixture.Close(c.GetProperty("cov_var").GetDouble(), d.Total.ValueAtRisk, 1e-10);
        Fixture.Close(c.GetProperty("cov_es").GetDouble(), d.Total.ExpectedShortfall, 1e-10);
        double[] comp = c.GetProperty("cov_component_var").Doubles();
        for (int i = 0; i < comp.Length; i++)
        {
            Fixture.Close(comp[i], d.Positions[i].ComponentVaR, 1e-9);
        }

        Fixture.Close(d.Total.ValueAtRisk, d.Positions.Sum(p => p.ComponentVaR), 1e-12);
        Fixture.Close(d.Total.ExpectedShortfall, d.Positions.Sum(p => p.ComponentES), 1e-12);
    }

    [Fact]
    public void Covariance_MarginalVaR_IsTheDerivative()
    {
        double[,] cov = Covariance();
        RiskDecomposition d = CovarianceRisk.Decompose(s_positions, cov, 0.99);
        for (int i = 0; i < s_positions.Length; i++)
        {
            double[] bumped = (double[])s_positions.Clone();
            bumped[i] += 1.0;
            double up = CovarianceRisk.Decompose(bumped, cov, 0.99).Total.ValueAtRisk;
            Fixture.Close(up - d.Total.ValueAtRisk, d.Positions[i].MarginalVaR, 1e-5);
        }
    }

    [Fact]
    public void Covariance_NotPositiveSemiDefinite_Throws()
    {
        var bad = new double[,] { { 1.0, 2.0 }, { 2.0, 1.0 } };
        var ex = Assert.Throws<ArgumentException>(() => CovarianceRisk.Decompose([1.0, 1.0], bad, 0.99));
        Assert.Contains("positive semi-definite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonteCarlo_NormalScenarios_ConvergeToDeltaNormal()
    {
        double[,] cov = Covariance();
        double[] means = new double[s_positions.Length];
        double[] scenarios = MonteCarloScenarios.Parametric(ScenarioModel.Normal, means, cov, 200_000, seed: 42);
        RiskDecomposition mc = PortfolioHistoricalRisk.Decompose(scenarios, s_positions, 0.99);
        RiskDecomposition exact = CovarianceRisk.Decompose(s_positions, cov, 0.99);
        Fixture.Close(exact.Total.ValueAtRisk, mc.Total.ValueAtRisk, 0.02);
        Fixture.Close(exact.Total.ExpectedShortfall, mc.Total.ExpectedShortfall, 0.02);
        double[] again = MonteCarloScenarios.Parametric(ScenarioModel.Normal, means, cov, 1000, seed: 42);
        Assert.Equal(scenarios.AsSpan(0, again.Length).ToArray(), again);
    }

    [Fact]
    public void MonteCarlo_StudentT_ScaledToCovariance_MatchesParametricT()
    {
        var cov = new double[,] { { 0.0004 } };
        double[] scenarios = MonteCarloScenarios.Parametric(ScenarioModel.StudentT, [0.0], cov, 400_000, seed: 7, degreesOfFreedom: 5.0);
        RiskEstimate mc = HistoricalVaR.Estimate(scenarios, 0.99);
        RiskEstimate exact = ParametricVaR.StudentT(0.0, 0.02, 5.0, 0.99);
        Fixture.Close(exact.ValueAtRisk, mc.ValueAtRisk, 0.015);
        Fixture.Close(exact.ExpectedShortfall, mc.ExpectedShortfall, 0.025);
        Fixture.Close(0.0004, Moments.Variance(scenarios), 0.03);
    }

    [Fact]
    public void MonteCarlo_Bootstrap_DrawsHistoricalRows()
    {
        int n = s_positions.Length;
        double[] boot = MonteCarloScenarios.Bootstrap(s_returns, n, 300, seed: 3);
        var rows = new HashSet<string>(Enumerable.Range(0, s_returns.Length / n).Select(r => string.Join(',', s_returns.AsSpan(r * n, n).ToArray())));
        for (int s = 0; s < 300; s++)
        {
            Assert.Contains(string.Join(',', boot.AsSpan(s * n, n).ToArray()), rows);
        }
    }
}
