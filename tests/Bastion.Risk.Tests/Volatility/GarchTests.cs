using System.Text.Json;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Tests.Volatility;

public sealed class GarchTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("garch_dmbp.json");
    private static readonly double[] s_dmbp = s_fixture.GetProperty("returns").Doubles();

    /// <summary>
    /// The GARCH(1,1) benchmark on the DM/BP series (percent returns, 1974 observations, pre-sample σ² and ε² set to
    /// the mean squared residual): Fiorentini, Calzolari and Panattoni (1996), as tabulated by Brooks, Burke and Persand
    /// (2001, "Benchmarks and the accuracy of GARCH model estimation", International Journal of Forecasting 17).
    /// μ = −0.00619041, ω = 0.0107613, α = 0.153134, β = 0.805974; Hessian standard errors 0.00846212, 0.00285271,
    /// 0.0265297, 0.0335221.
    /// </summary>
    [Fact]
    public void Fit_DmbpBenchmark_MatchesPublishedEstimates()
    {
        GarchFit fit = GarchEstimator.Fit(s_dmbp, new GarchSpecification(Start: VarianceStart.SampleVariance));
        Assert.True(fit.Converged);
        Fixture.Close(-0.00619041, fit["mu"], 2e-4);
        Fixture.Close(0.0107613, fit["omega"], 2e-4);
        Fixture.Close(0.153134, fit["alpha"], 1e-4);
        Fixture.Close(0.805974, fit["beta"], 1e-4);
        double[] publishedSe = [0.00846212, 0.00285271, 0.0265297, 0.0335221];
        for (int i = 0; i < 4; i++)
        {
            Fixture.Close(publishedSe[i], fit.HessianStandardErrors[i], 3e-3);
        }
    }

    [Fact]
    public void Fit_EveryFixtureModel_MatchesScipyMaximumLikelihood()
    {
        foreach (JsonElement f in s_fixture.GetProperty("fits").EnumerateArray())
        {
            var spec = new GarchSpecification(
                f.GetProperty("model").GetString() == "gjr" ? VolatilityModel.GjrGarch : VolatilityModel.Garch,
                f.GetProperty("distribution").GetString() == "t" ? InnovationDistribution.StudentT : InnovationDistribution.Normal,
                f.GetProperty("mean").GetString() == "zero" ? MeanModel.Zero : MeanModel.Constant,
                f.GetProperty("start").GetString() == "sample" ? VarianceStart.SampleVariance : VarianceStart.Backcast);
            GarchFit fit = GarchEstimator.Fit(s_dmbp, spec);
            string label = $"{spec.Model} {spec.Distribution} {spec.Start}: it={fit.Iterations} ll={fit.LogLikelihood:R} p=[{string.Join(", ", fit.Estimates)}]";
            Assert.True(fit.Converged, label);
            Fixture.Close(f.GetProperty("loglik").GetDouble(), fit.LogLikelihood, 1e-8);
            double[] p = f.GetProperty("params").Doubles();
            double[] seH = f.GetProperty("se_hessian").Doubles();
            double[] seR = f.GetProperty("se_robust").Doubles();
            bool onBound = fit.Persistence > 1 - 1e-6;
            for (int i = 0; i < p.Length; i++)
            {
                // Estimates agree to the flatness of the likelihood; standard errors to numerical differentiation.
                // On the stationarity bound the Hessian is not that of an interior optimum: no standard errors compared.
                Fixture.Close(p[i], fit.Estimates[i], 2e-3, 2e-5);
                if (!onBound)
                {
                    Fixture.Close(seH[i], fit.HessianStandardErrors[i], 1e-2);
                    Fixture.Close(seR[i], fit.RobustStandardErrors[i], 2e-2);
                }
            }

            Assert.Equal(-2 * fit.LogLikelihood + (2 * p.Length), fit.Aic, 10);
            Assert.Equal(-2 * fit.LogLikelihood + (p.Length * Math.Log(s_dmbp.Length)), fit.Bic, 10);
        }
    }

    [Fact]
    public void Likelihood_AnalyticGradient_MatchesFiniteDifferences()
    {
        foreach (var spec in new[]
        {
            new GarchSpecification(VolatilityModel.GjrGarch, InnovationDistribution.StudentT, MeanModel.Constant, VarianceStart.SampleVariance),
            new GarchSpecification(VolatilityModel.GjrGarch, InnovationDistribution.StudentT, MeanModel.Constant, VarianceStart.Backcast),
        })
        {
            var model = new GarchLikelihood(s_dmbp, spec);
            double[] p = [0.01, 0.012, 0.1, 0.05, 0.82, 6.0];
            var g = new double[6];
            model.Evaluate(p, g, Span<double>.Empty, Span<double>.Empty);
            for (int j = 0; j < 6; j++)
            {
                double h = 1e-6 * Math.Max(1.0, Math.Abs(p[j]));
                double[] up = (double[])p.Clone(), dn = (double[])p.Clone();
                up[j] += h;
                dn[j] -= h;
                double fd = (model.Evaluate(up, default, default, default) - model.Evaluate(dn, default, default, default)) / (2 * h);
                Fixture.Close(fd, g[j], 1e-5, 1e-4);
            }
        }
    }

    [Fact]
    public void Forecast_ConvergesToUnconditionalVariance()
    {
        GarchFit fit = GarchEstimator.Fit(s_dmbp);
        double[] f = fit.ForecastVariances(2000);
        Assert.Equal(fit.NextVariance, f[0]);
        Fixture.Close(fit["omega"] + (fit.Persistence * f[0]), f[1], 1e-14);
        Fixture.Close(fit["omega"] / (1 - fit.Persistence), f[^1], 1e-8);
    }

    [Fact]
    public void Fit_ConstantSeries_Throws()
        => Assert.Throws<ArgumentException>(() => GarchEstimator.Fit(Enumerable.Repeat(0.5, 100).ToArray()));

    [Fact]
    public void Ewma_FixedAndEstimatedLambda_MatchScipy()
    {
        JsonElement e = Fixture.Load("ewma_spy.json");
        double[] r = e.GetProperty("returns").Doubles();
        EwmaFit fixedFit = EwmaVolatility.Filter(r, 0.94, VarianceStart.Backcast);
        Fixture.Close(e.GetProperty("loglik_094").GetDouble(), fixedFit.LogLikelihood, 1e-11);
        Fixture.Close(e.GetProperty("next_variance_094").GetDouble(), fixedFit.NextVariance, 1e-11);
        Fixture.Close(e.GetProperty("loglik_094_sample").GetDouble(), EwmaVolatility.Filter(r, 0.94, VarianceStart.SampleVariance).LogLikelihood, 1e-11);
        EwmaFit mle = EwmaVolatility.Estimate(r);
        Fixture.Close(e.GetProperty("lambda_mle").GetDouble(), mle.Lambda, 1e-6);
        Fixture.Close(e.GetProperty("loglik_mle").GetDouble(), mle.LogLikelihood, 1e-10);
    }
}
