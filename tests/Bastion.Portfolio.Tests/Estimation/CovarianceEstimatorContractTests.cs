using Bastion.Numerics.LinearAlgebra;
using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Tests.Estimation;

/// <summary>
/// The contract every covariance estimator meets on the same data: symmetric, positive semidefinite, positive
/// variances, and annualization that scales linearly with the frequency.
/// </summary>
public sealed class CovarianceEstimatorContractTests
{
    private static readonly ReturnPanel s_returns = Fixture.Load("prices_complete").Returns();

    /// <summary>Every estimator with a PyPortfolioOpt reference, plus the PCA factor model and random-matrix denoising
    /// (referenced in <see cref="FactorAndDenoisingTests"/>).</summary>
    public static TheoryData<string> Names() => new([.. ReferenceValueTests.Estimators().Select(row => (string)row[0]), "factor", "denoised"]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_IsSymmetric(string name)
    {
        double[,] m = ReferenceValueTests.Create(name).Estimate(s_returns).Matrix;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < i; j++)
            {
                Assert.Equal(m[i, j], m[j, i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_IsPositiveDefiniteWithPositiveVariances(string name)
    {
        CovarianceEstimate e = ReferenceValueTests.Create(name).Estimate(s_returns);
        for (int i = 0; i < e.Matrix.GetLength(0); i++)
        {
            Assert.True(e.Matrix[i, i] > 0);
        }

        Cholesky.Factor(e.Matrix); // throws when not positive definite
        Assert.Equal(s_returns.Symbols, e.Symbols);
        Assert.Equal(name, e.Method);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_AnnualizationScalesLinearly(string name)
    {
        ICovarianceEstimator estimator = ReferenceValueTests.Create(name);
        double[,] daily = estimator.Estimate(s_returns, 1).Matrix;
        double[,] annual = estimator.Estimate(s_returns, 252).Matrix;
        for (int i = 0; i < daily.GetLength(0); i++)
        {
            for (int j = 0; j < daily.GetLength(1); j++)
            {
                Assert.Equal(daily[i, j] * 252, annual[i, j], Math.Abs(annual[i, j]) * 1e-12);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_ShrinkageIntensityInUnitInterval(string name)
    {
        double? delta = ReferenceValueTests.Create(name).Estimate(s_returns).ShrinkageIntensity;
        if (delta is double d)
        {
            Assert.InRange(d, 0.0, 1.0);
        }
    }

    [Fact]
    public void PsdRepair_IndefiniteMatrix_ClipsNegativeEigenvalueAndSaysSo()
    {
        // Eigenvalues −0.8, 1.9, 1.9. NumPy 1.24.2: V diag(max(λ, 0)) Vᵀ from numpy.linalg.eigh =
        // [[1.26666667, 0.63333333, −0.63333333], ...] = 19/15 on the diagonal, ±19/30 off it.
        double[,] a = { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } };

        string? note = PsdRepair.Apply(a);

        Assert.NotNull(note);
        Assert.Contains("1 negative eigenvalue", note, StringComparison.Ordinal);
        double[,] expected = { { 19.0 / 15, 19.0 / 30, -19.0 / 30 }, { 19.0 / 30, 19.0 / 15, 19.0 / 30 }, { -19.0 / 30, 19.0 / 30, 19.0 / 15 } };
        Fixture.AssertClose(expected, a, 1e-12);
    }

    [Fact]
    public void PsdRepair_PositiveDefiniteMatrix_LeavesItAlone()
    {
        double[,] a = { { 2, 0.5 }, { 0.5, 1 } };
        Assert.Null(PsdRepair.Apply(a));
        Assert.Equal(0.5, a[0, 1]);
    }
}
