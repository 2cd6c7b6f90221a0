using System.Text.Json;
using Bastion.Numerics.Random;
using Bastion.Risk.Portfolio;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Risk.Tests.Portfolio;

/// <summary>Factor decomposition against tools/fixtures/risk/factor_risk.py (statsmodels OLS, NumPy/SciPy closed forms and quantiles).</summary>
public sealed class FactorRiskTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("factor_risk.json");
    private static readonly double[] s_factors = s_fixture.GetProperty("factor_returns").Flatten();
    private static readonly double[] s_assets = s_fixture.GetProperty("asset_returns").Flatten();
    private static readonly double[] s_weights = s_fixture.GetProperty("weights").Doubles();

    private static FactorModel Estimated() => FactorModel.Estimate(s_assets, s_factors, 6, 3);

    [Fact]
    public void Estimate_SyntheticFactorData_MatchesStatsmodelsOls()
    {
        FactorModel model = Estimated();
        double[] betas = s_fixture.GetProperty("betas").Flatten();
        double[,] b = model.Exposures;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Fixture.Close(betas[(i * 3) + j], b[i, j], 1e-10, 1e-13);
            }

            Fixture.Close(s_fixture.GetProperty("intercepts")[i].GetDouble(), model.SpecificMeans[i], 1e-9, 1e-15);
            Fixture.Close(s_fixture.GetProperty("residual_variances")[i].GetDouble(), model.SpecificVariances[i], 1e-10);
        }

        double[] f = s_fixture.GetProperty("factor_covariance").Flatten();
        for (int j = 0; j < 9; j++)
        {
            Fixture.Close(f[j], model.FactorCovariance[j / 3, j % 3], 1e-12);
        }

        double[] exposures = model.PortfolioExposures(s_weights);
        double[] expected = s_fixture.GetProperty("portfolio_exposures").Doubles();
        for (int j = 0; j < 3; j++)
        {
            Fixture.Close(expected[j], exposures[j], 1e-10);
        }
    }

    [Fact]
    public void Parametric_NormalAndStudentT_MatchNumericalReference()
    {
        FactorModel model = Estimated();
        foreach (JsonElement c in s_fixture.GetProperty("parametric").EnumerateArray())
        {
            double confidence = c.GetProperty("confidence").GetDouble();
            JsonElement dof = c.GetProperty("dof");
            double nu = dof.ValueKind == JsonValueKind.String ? double.PositiveInfinity : dof.GetDouble();
            FactorRiskDecomposition d = FactorRiskAttribution.Parametric(model, s_weights, confidence, nu);
            JsonElement v = c.GetProperty("var"), e = c.GetProperty("es");
            Fixture.Close(v.GetProperty("total").GetDouble(), d.Total.ValueAtRisk, 1e-8);
            Fixture.Close(e.GetProperty("total").GetDouble(), d.Total.ExpectedShortfall, 1e-8);
            Fixture.Close(v.GetProperty("specific").GetDouble(), d.SpecificVaR, 1e-6);
            Fixture.Close(e.GetProperty("specific").GetDouble(), d.SpecificES, 1e-6);
            for (int j = 0; j < 3; j++)
            {
                // Finite-difference references: agreement to ~1e-7 relative.
                Fixture.Close(v.GetProperty("marginal")[j].GetDouble(), d.Factors[j].MarginalVaR, 1e-6, 1e-10);
                Fixture.Close(v.GetProperty("component")[j].GetDouble(), d.Factors[j].ComponentVaR, 1e-6, 1e-10);
                Fixture.Close(e.GetProperty("marginal")[j].GetDouble(), d.Factors[j].MarginalES, 1e-6, 1e-10);
                Fixture.Close(e.GetProperty("component")[j].GetDouble(), d.Factors[j].ComponentES, 1e-6, 1e-10);
            }
        }
    }

    [Fact]
    public void Scenario_Historical_MatchesNumPyQuantileScenarios()
    {
        double[,] exposures = Exposures();
        foreach (JsonElement c in s_fixture.GetProperty("historical").EnumerateArray())
        {
            double confidence = c.GetProperty("confidence").GetDouble();
            FactorRiskDecomposition d = FactorRiskAttribution.Scenario(s_assets, s_factors, exposures, s_weights, confidence);
            Fixture.Close(c.GetProperty("var").GetDouble(), d.Total.ValueAtRisk, 1e-12);
            Fixture.Close(c.GetProperty("es").GetDouble(), d.Total.ExpectedShortfall, 1e-12);
            Fixture.Close(c.GetProperty("var_specific").GetDouble(), d.SpecificVaR, 1e-9, 1e-15);
            Fixture.Close(c.GetProperty("es_specific").GetDouble(), d.SpecificES, 1e-9, 1e-15);
            for (int j = 0; j < 3; j++)
            {
                Fixture.Close(c.GetProperty("var_component")[j].GetDouble(), d.Factors[j].ComponentVaR, 1e-9, 1e-15);
                Fixture.Close(c.GetProperty("var_marginal")[j].GetDouble(), d.Factors[j].MarginalVaR, 1e-9, 1e-15);
                Fixture.Close(c.GetProperty("es_component")[j].GetDouble(), d.Factors[j].ComponentES, 1e-9, 1e-15);
            }

            int m = c.GetProperty("neighbourhood").GetInt32();
            FactorRiskDecomposition nb = FactorRiskAttribution.Scenario(s_assets, s_factors, exposures, s_weights, confidence, neighbours: m);
            Fixture.Close(c.GetProperty("nb_var_specific").GetDouble(), nb.SpecificVaR, 1e-9, 1e-15);
            for (int j = 0; j < 3; j++)
            {
                Fixture.Close(c.GetProperty("nb_var_component")[j].GetDouble(), nb.Factors[j].ComponentVaR, 1e-9, 1e-15);
            }
        }
    }

    [Fact]
    public void Components_RandomModelsAndPortfolios_SumToTotals()
    {
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            var rng = new RandomStream((ulong)seed);
            int n = 2 + rng.NextInt(6), k = 1 + rng.NextInt(4), rows = 150 + rng.NextInt(300);
            var factors = new double[rows * k];
            var assets = new double[rows * n];
            var loadings = new double[n * k];
            for (int x = 0; x < loadings.Length; x++)
            {
                loadings[x] = (2.0 * rng.NextDouble()) - 0.5;
            }

            for (int t = 0; t < rows; t++)
            {
                for (int j = 0; j < k; j++)
                {
                    factors[(t * k) + j] = 0.01 * rng.NextGaussian();
                }

                for (int i = 0; i < n; i++)
                {
                    double r = 0.005 * rng.NextGaussian();
                    for (int j = 0; j < k; j++)
                    {
                        r += loadings[(i * k) + j] * factors[(t * k) + j];
                    }

                    assets[(t * n) + i] = r;
                }
            }

            double[] w = Enumerable.Range(0, n).Select(_ => (2.0 * rng.NextDouble()) - 0.7).ToArray();
            FactorModel model = FactorModel.Estimate(assets, factors, n, k);
            double confidence = 0.9 + (0.09 * rng.NextDouble());
            FactorRiskDecomposition[] all =
            [
                FactorRiskAttribution.Parametric(model, w, confidence),
                FactorRiskAttribution.Parametric(model, w, confidence, 3.0 + (10.0 * rng.NextDouble())),
                FactorRiskAttribution.Scenario(assets, factors, model.Exposures, w, confidence),
                FactorRiskAttribution.Scenario(assets, factors, model.Exposures, w, confidence, neighbours: 1 + rng.NextInt(6)),
            ];
            foreach (FactorRiskDecomposition d in all)
            {
                double scale = Math.Abs(d.Total.ValueAtRisk) + Math.Abs(d.Total.ExpectedShortfall);
                Assert.Equal(d.Total.ValueAtRisk, d.Factors.Sum(f => f.ComponentVaR) + d.SpecificVaR, 1e-12 * scale);
                Assert.Equal(d.Total.ExpectedShortfall, d.Factors.Sum(f => f.ComponentES) + d.SpecificES, 1e-12 * scale);
                Assert.All(d.Factors, f => Assert.Equal(f.Exposure * f.MarginalVaR, f.ComponentVaR, 1e-15));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void Scenario_SameVaRAsPositionDecomposition()
    {
        RiskDecomposition positions = PortfolioHistoricalRisk.Decompose(s_assets, s_weights, 0.99);
        FactorRiskDecomposition factors = FactorRiskAttribution.Scenario(s_assets, s_factors, Exposures(), s_weights, 0.99);
        Assert.Equal(positions.Total, factors.Total);
    }

    [Fact]
    public void Estimate_TooFewDates_Throws()
        => Assert.Throws<ArgumentException>(() => FactorModel.Estimate(s_assets.AsSpan(0, 6 * 4), s_factors.AsSpan(0, 3 * 4), 6, 3));

    private static double[,] Exposures()
    {
        double[] flat = s_fixture.GetProperty("betas").Flatten();
        var b = new double[6, 3];
        for (int x = 0; x < flat.Length; x++)
        {
            b[x / 3, x % 3] = flat[x];
        }

        return b;
    }
}
