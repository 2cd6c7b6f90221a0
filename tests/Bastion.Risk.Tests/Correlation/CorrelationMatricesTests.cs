using Bastion.Numerics.Correlation;
using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Random;
using Bastion.Risk.Correlation;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Risk.Tests.Correlation;

public sealed class CorrelationMatricesTests
{
    private static readonly double[,] s_returns = CorrelationFixture.Returns;

    [Fact]
    public void Covariance_StockReturns_MatchesPandasCov()
        => CorrelationFixture.AssertMatrix(CorrelationFixture.Root.GetProperty("covariance"), CorrelationMatrices.Covariance(s_returns), 1e-12, 1e-18);

    [Theory]
    [InlineData(CorrelationMethod.Pearson, "pearson")]
    [InlineData(CorrelationMethod.Spearman, "spearman")]
    [InlineData(CorrelationMethod.KendallTauB, "kendall")]
    [InlineData(CorrelationMethod.Distance, "distance")]
    public void Correlation_StockReturns_MatchesReference(CorrelationMethod method, string key)
        => CorrelationFixture.AssertMatrix(CorrelationFixture.Root.GetProperty(key), CorrelationMatrices.Correlation(s_returns, method), 1e-11, 1e-13);

    [Fact]
    public void Correlation_ConstantColumn_RowAndColumnAreNaN()
    {
        var panel = (double[,])s_returns.Clone();
        for (int t = 0; t < panel.GetLength(0); t++)
        {
            panel[t, 2] = 0.01;
        }

        double[,] r = CorrelationMatrices.Correlation(panel);
        Assert.True(double.IsNaN(r[2, 2]) && double.IsNaN(r[2, 0]) && double.IsNaN(r[4, 2]));
        Assert.Equal(1.0, r[0, 0]);
    }

    [Fact]
    public void Correlation_NaNValue_ThrowsNamingRowAndColumn()
    {
        var panel = (double[,])s_returns.Clone();
        panel[17, 3] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() => CorrelationMatrices.Correlation(panel));
        Assert.Contains("row 17, column 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Covariance_OneRow_Throws()
        => Assert.Throws<ArgumentException>(() => CorrelationMatrices.Covariance(new double[1, 3]));

    [Fact]
    public void FromCovariance_OfCovariance_EqualsPearson()
    {
        double[,] expected = CorrelationMatrices.Correlation(s_returns);
        double[,] actual = CorrelationMatrices.FromCovariance(CorrelationMatrices.Covariance(s_returns));
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                Assert.Equal(expected[i, j], actual[i, j], 1e-13);
            }
        }
    }

    [Fact]
    public void Correlation_RandomPanels_SymmetricUnitDiagonalPositiveSemidefinite()
    {
        Prop.ForAll(
            Arb.From(Gen.Choose(1, int.MaxValue)),
            seed =>
            {
                var rng = new RandomStream((ulong)seed);
                int rows = 3 + rng.NextInt(40), n = 1 + rng.NextInt(6);
                var panel = new double[rows, n];
                for (int t = 0; t < rows; t++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        panel[t, j] = rng.NextGaussian() + (j > 0 ? 0.5 * panel[t, j - 1] : 0.0);
                    }
                }

                foreach (CorrelationMethod m in new[] { CorrelationMethod.Pearson, CorrelationMethod.Spearman })
                {
                    double[,] r = CorrelationMatrices.Correlation(panel, m);
                    for (int i = 0; i < n; i++)
                    {
                        if (r[i, i] != 1.0)
                        {
                            return false;
                        }

                        for (int j = 0; j < n; j++)
                        {
                            if (r[i, j] != r[j, i] || Math.Abs(r[i, j]) > 1.0)
                            {
                                return false;
                            }
                        }
                    }

                    if (SymmetricEigen.Decompose(r).Values.Min() < -1e-12)
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }
}
