using System.Text.Json;
using Bastion.Numerics.Random;
using Bastion.Risk.Correlation;

namespace Bastion.Risk.Tests.Correlation;

public sealed class DccTests
{
    private static readonly JsonElement s_dcc = CorrelationFixture.Root.GetProperty("dcc");
    private static readonly double[,] s_residuals = CorrelationFixture.Panel(s_dcc.GetProperty("residuals"));

    [Fact]
    public void CorrelationLogLikelihood_FixedParameters_MatchesNumPyReference()
    {
        foreach (JsonElement c in s_dcc.GetProperty("fixed").EnumerateArray())
        {
            double ll = DccEstimator.CorrelationLogLikelihood(s_residuals, c.GetProperty("a").GetDouble(), c.GetProperty("b").GetDouble());
            Fixture.Close(c.GetProperty("loglik").GetDouble(), ll, 1e-9, 1e-9);
        }
    }

    [Fact]
    public void CorrelationLogLikelihood_Inadmissible_IsNaN()
        => Assert.True(double.IsNaN(DccEstimator.CorrelationLogLikelihood(s_residuals, 0.5, 0.6)));

    [Fact]
    public void FitCorrelation_FixtureResiduals_MatchesScipyMaximum()
    {
        DccFit fit = DccEstimator.FitCorrelation(s_residuals);
        Assert.True(fit.Converged);
        Fixture.Close(s_dcc.GetProperty("a").GetDouble(), fit.A, 2e-3, 1e-4);
        Fixture.Close(s_dcc.GetProperty("b").GetDouble(), fit.B, 2e-3, 1e-4);
        Assert.True(fit.CorrelationLogLikelihood >= s_dcc.GetProperty("loglik").GetDouble() - 1e-7);
        CorrelationFixture.AssertMatrix(s_dcc.GetProperty("next_correlation"), fit.NextCorrelation, 1e-3, 1e-4);
        Assert.True(fit.AStandardError > 0.0 && fit.BStandardError > 0.0);
        Assert.True(double.IsNaN(fit.LogLikelihood));
    }

    [Fact]
    public void Fit_FixtureReturns_AgreesWithScipyTwoStep()
    {
        DccFit fit = DccEstimator.Fit(CorrelationFixture.Panel(s_dcc.GetProperty("returns_percent")));
        double[] garchLl = s_dcc.GetProperty("garch_loglik").Doubles();
        for (int i = 0; i < garchLl.Length; i++)
        {
            // Our GARCH maximum is at least as high as SciPy's SLSQP one.
            Assert.True(fit.Univariate[i].LogLikelihood >= garchLl[i] - 1e-4, $"asset {i}: {fit.Univariate[i].LogLikelihood} < {garchLl[i]}");
        }

        Fixture.Close(s_dcc.GetProperty("a").GetDouble(), fit.A, 0.0, 5e-3);
        Fixture.Close(s_dcc.GetProperty("b").GetDouble(), fit.B, 0.0, 3e-2);
        Fixture.Close(garchLl.Sum() + fit.CorrelationLogLikelihood, fit.LogLikelihood, 1e-12);
    }

    [Fact]
    public void Fit_SimulatedDcc_RecoversParameters()
    {
        // Seeded simulation: 3 assets with Q̄ correlations 0.5/0.3/0.2, a = 0.05, b = 0.90, GARCH(1,1) margins, T = 3000.
        const int rows = 3000, n = 3;
        const double a = 0.05, b = 0.90;
        double[,] qbar = { { 1.0, 0.5, 0.3 }, { 0.5, 1.0, 0.2 }, { 0.3, 0.2, 1.0 } };
        var rng = new RandomStream(20261205);
        var q = (double[,])qbar.Clone();
        var returns = new double[rows, n];
        var h = new double[] { 1.0, 1.0, 1.0 };
        var e = new double[n];
        var z = new double[n];
        for (int t = 0; t < rows; t++)
        {
            double[,] r = CorrelationMatrices.FromCovariance(q);
            var l = Numerics.LinearAlgebra.Cholesky.Factor(r);
            for (int i = 0; i < n; i++)
            {
                z[i] = rng.NextGaussian();
            }

            l.MultiplyLower(z, e);
            for (int i = 0; i < n; i++)
            {
                returns[t, i] = Math.Sqrt(h[i]) * e[i];
                h[i] = 0.05 + (0.08 * returns[t, i] * returns[t, i]) + (0.87 * h[i]);
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    q[i, j] = ((1 - a - b) * qbar[i, j]) + (a * e[i] * e[j]) + (b * q[i, j]);
                }
            }
        }

        DccFit fit = DccEstimator.Fit(returns);
        Assert.InRange(fit.A, a - (3 * fit.AStandardError), a + (3 * fit.AStandardError));
        Assert.InRange(fit.B, b - (3 * fit.BStandardError), b + (3 * fit.BStandardError));
        Assert.InRange(fit.A, 0.03, 0.07);
        Assert.InRange(fit.B, 0.85, 0.95);
    }

    [Fact]
    public void CorrelationPath_EqualsCorrelationAtEachTime()
    {
        DccFit fit = DccEstimator.FitCorrelation(s_residuals);
        double[] path = fit.CorrelationPath(1, 3);
        Assert.Equal(fit.Observations, path.Length);
        foreach (int t in new[] { 0, 1, 500, fit.Observations - 1 })
        {
            Assert.Equal(fit.CorrelationAt(t)[1, 3], path[t], 1e-13);
        }

        Assert.Equal(fit.LastCorrelation[3, 1], path[^1], 1e-13);
    }

    [Fact]
    public void ForecastCorrelation_LongHorizon_DecaysToTarget_AndOneStepIsNext()
    {
        DccFit fit = DccEstimator.FitCorrelation(s_residuals);
        Assert.Equal(fit.NextCorrelation[0, 2], fit.ForecastCorrelation(1)[0, 2], 1e-15);
        double[,] far = fit.ForecastCorrelation(5000);
        double[,] target = fit.UnconditionalCorrelation;
        Assert.Equal(target[0, 2], far[0, 2], 1e-10);
        double persistence = fit.A + fit.B;
        double expected = ((1 - persistence) * target[1, 2]) + (persistence * fit.NextCorrelation[1, 2]);
        Assert.Equal(expected, fit.ForecastCorrelation(2)[1, 2], 1e-14);
    }

    [Fact]
    public void Fit_ConstantColumn_ErrorNamesTheAssetOrItsColumnNumber()
    {
        var returns = new double[60, 2];
        for (int t = 0; t < 60; t++)
        {
            returns[t, 0] = 0.01 * Math.Sin(t);
            returns[t, 1] = 0.002;
        }

        Assert.StartsWith("column 1: ", Assert.Throws<ArgumentException>(() => DccEstimator.Fit(returns)).Message, StringComparison.Ordinal);
        Assert.StartsWith("column 'XOM': ", Assert.Throws<ArgumentException>(() => DccEstimator.Fit(returns, assetNames: ["AAPL", "XOM"])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DccEstimator.Fit(returns, assetNames: ["AAPL"]));
    }

    [Fact]
    public void Fit_OneColumn_Throws()
        => Assert.Contains("at least 2 assets", Assert.Throws<ArgumentException>(() => DccEstimator.Fit(new double[50, 1])).Message, StringComparison.Ordinal);

    [Fact]
    public void Fit_CollinearColumns_ThrowsNamingTheProblem()
    {
        var residuals = (double[,])s_residuals.Clone();
        for (int t = 0; t < residuals.GetLength(0); t++)
        {
            residuals[t, 2] = 2.0 * residuals[t, 0];
        }

        Assert.Contains("collinear", Assert.Throws<ArgumentException>(() => DccEstimator.FitCorrelation(residuals)).Message, StringComparison.Ordinal);
    }
}
