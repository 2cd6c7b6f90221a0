using Bastion.Numerics.Regression;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.Regression;

/// <summary>OLS/HAC against statsmodels, NNLS against SciPy, style analysis against cvxopt (gen_regression.py).</summary>
public sealed class RegressionReferenceTests
{
    private static void Close(double[] expected, double[] actual, double tol, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Fixture.RelErr(actual[i], expected[i], 1e-12) < tol, $"{what}[{i}]: got {actual[i]:R}, expected {expected[i]:R}");
        }
    }

    [Fact]
    public void Ols_ClassicalAndNeweyWest_MatchStatsmodels()
    {
        int count = 0;
        foreach (string[] row in Fixture.Rows("ols.csv"))
        {
            bool intercept = row[1] == "true";
            int lags = int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture);
            double[,] x = Fixture.Matrix(row[4]);
            double[] y = Fixture.Vector(row[5]);
            OlsResult r = row[2] == "classical"
                ? OlsRegression.Fit(x, y, intercept)
                : OlsRegression.FitNeweyWest(x, y, lags, intercept);
            string what = $"{row[0]} intercept={intercept} {row[2]} L={lags}";
            Close(Fixture.Vector(row[6]), r.Coefficients, 1e-10, what + " params");
            Close(Fixture.Vector(row[7]), r.StandardErrors, 1e-10, what + " bse");
            Close(Fixture.Vector(row[8]), r.TStatistics, 1e-10, what + " t");
            Close(Fixture.Vector(row[9]), r.PValues, 1e-9, what + " p");
            Assert.Equal(Fixture.D(row[10]), r.RSquared, 1e-12);
            Assert.Equal(Fixture.D(row[11]), r.AdjustedRSquared, 1e-12);
            count++;
        }

        Assert.Equal(24, count);
    }

    [Fact]
    public void NeweyWest_SmallSampleCorrection_ScalesStandardErrorsBySqrtNOverNMinusK()
    {
        string[] row = Fixture.Rows("ols.csv").First(r => r[0] == "factors" && r[1] == "true" && r[2] == "hac" && r[3] == "5");
        double[,] x = Fixture.Matrix(row[4]);
        double[] y = Fixture.Vector(row[5]);
        OlsResult plain = OlsRegression.FitNeweyWest(x, y, 5);
        OlsResult corrected = OlsRegression.FitNeweyWest(x, y, 5, smallSampleCorrection: true);
        double factor = Math.Sqrt(120.0 / (120.0 - 4.0));
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(plain.StandardErrors[i] * factor, corrected.StandardErrors[i], 1e-15);
        }
    }

    [Fact]
    public void Ols_ResidualsAreOrthogonalToRegressors()
    {
        var rng = new Bastion.Numerics.Random.RandomStream(11);
        for (int trial = 0; trial < 20; trial++)
        {
            int n = 20 + rng.NextInt(50);
            int p = 1 + rng.NextInt(4);
            var x = new double[n, p];
            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < p; j++)
                {
                    x[i, j] = rng.NextGaussian();
                }

                y[i] = rng.NextGaussian() + (3.0 * x[i, 0]);
            }

            OlsResult r = OlsRegression.Fit(x, y);
            Assert.True(Math.Abs(r.Residuals.Sum()) < 1e-10);
            for (int j = 0; j < p; j++)
            {
                double dot = 0.0;
                for (int i = 0; i < n; i++)
                {
                    dot += x[i, j] * r.Residuals[i];
                }

                Assert.True(Math.Abs(dot) < 1e-10, $"trial {trial} column {j}: {dot}");
            }
        }
    }

    [Fact]
    public void Nnls_MatchesSciPy_AndSatisfiesKkt()
    {
        foreach (string[] row in Fixture.Rows("nnls.csv"))
        {
            double[,] a = Fixture.Matrix(row[1]);
            double[] b = Fixture.Vector(row[2]);
            ConstrainedLeastSquaresResult r = NonNegativeLeastSquares.Solve(a, b);
            Assert.True(r.Converged);
            double[] expected = Fixture.Vector(row[3]);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(r.Solution[i] - expected[i]) < 1e-10, $"{row[0]} x[{i}]: {r.Solution[i]} vs {expected[i]}");
            }

            Assert.Equal(Fixture.D(row[4]), r.ResidualNorm, 1e-10);

            // KKT: x ≥ 0, gradient Aᵀ(b − Ax) ≤ 0, and complementary slackness.
            for (int j = 0; j < expected.Length; j++)
            {
                double g = 0.0;
                for (int i = 0; i < b.Length; i++)
                {
                    double res = b[i];
                    for (int k = 0; k < expected.Length; k++)
                    {
                        res -= a[i, k] * r.Solution[k];
                    }

                    g += a[i, j] * res;
                }

                Assert.True(r.Solution[j] >= 0.0);
                Assert.True(g <= 1e-10, $"{row[0]} gradient {j} = {g}");
                Assert.True(Math.Abs(g * r.Solution[j]) < 1e-10);
            }
        }
    }

    [Fact]
    public void SimplexLeastSquares_StyleAnalysis_MatchesCvxopt()
    {
        foreach (string[] row in Fixture.Rows("style.csv"))
        {
            ConstrainedLeastSquaresResult r = SimplexLeastSquares.Solve(Fixture.Matrix(row[1]), Fixture.Vector(row[2]));
            Assert.True(r.Converged);
            double[] expected = Fixture.Vector(row[3]);
            Assert.Equal(1.0, r.Solution.Sum(), 1e-12);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(r.Solution[i] >= 0.0);
                Assert.True(Math.Abs(r.Solution[i] - expected[i]) < 1e-7, $"{row[0]} w[{i}]: {r.Solution[i]} vs {expected[i]}");
            }
        }
    }

    [Fact]
    public void BadInput_ThrowsNamingArgument()
    {
        var x = new double[5, 1] { { 1 }, { 2 }, { 3 }, { 4 }, { 5 } };
        Assert.Throws<ArgumentException>("response", () => OlsRegression.Fit(x, [1.0, 2.0, 3.0]));
        Assert.Throws<ArgumentException>("response", () => OlsRegression.Fit(x, [1.0, 2.0, double.NaN, 4.0, 5.0]));
        Assert.Throws<ArgumentException>("regressors", () => OlsRegression.Fit(new double[5, 2] { { 1, 2 }, { 2, 4 }, { 3, 6 }, { 4, 8 }, { 5, 10 } }, [1.0, 2.0, 3.0, 4.0, 6.0]));
        Assert.Throws<ArgumentOutOfRangeException>("lags", () => OlsRegression.FitNeweyWest(x, [1.0, 2.0, 3.0, 4.0, 6.0], -1));
        Assert.Throws<ArgumentException>("b", () => NonNegativeLeastSquares.Solve(x, [1.0]));
        Assert.Equal(4, NeweyWestLag.NeweyWest1994(250));
    }
}
