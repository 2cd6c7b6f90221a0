using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.LinearAlgebra;

public sealed class CholeskyTests
{
    [Fact]
    public void Factor_AndSolve_MatchNumPy()
    {
        foreach (string[] row in Fixture.Rows("cholesky.csv"))
        {
            double[,] a = Fixture.Matrix(row[1]);
            double[,] expectedL = Fixture.Matrix(row[2]);
            var chol = Cholesky.Factor(a);
            double[,] l = chol.LowerFactor;
            for (int i = 0; i < chol.Order; i++)
            {
                for (int j = 0; j < chol.Order; j++)
                {
                    Assert.True(Math.Abs(l[i, j] - expectedL[i, j]) < 1e-13, $"{row[0]} L[{i},{j}]");
                }
            }

            double[] x = chol.Solve(Fixture.Vector(row[3]));
            double[] expectedX = Fixture.Vector(row[4]);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(Math.Abs(x[i] - expectedX[i]) < 1e-13 * Math.Max(1.0, Math.Abs(expectedX[i])), $"{row[0]} x[{i}]");
            }

            var z = new double[chol.Order];
            var y = new double[chol.Order];
            z[0] = 1.0;
            chol.MultiplyLower(z, y);
            Assert.Equal(expectedL[chol.Order - 1, 0], y[chol.Order - 1], 1e-13);
        }
    }

    [Fact]
    public void Factor_SingularCorrelation_ThrowsNamingPivot()
    {
        double[,] a = { { 1.0, 1.0 }, { 1.0, 1.0 } };
        var ex = Assert.Throws<MatrixNotPositiveDefiniteException>(() => Cholesky.Factor(a));
        Assert.Equal(1, ex.PivotIndex);
        Assert.Equal("matrix", ex.ParamName);
    }

    [Fact]
    public void Factor_BadShapeOrNaN_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>("matrix", () => Cholesky.Factor(new double[2, 3]));
        Assert.Throws<ArgumentException>("matrix", () => Cholesky.Factor(new double[0, 0]));
        Assert.Throws<ArgumentException>("matrix", () => Cholesky.Factor(new[,] { { double.NaN } }));
        Assert.Throws<ArgumentException>("b", () => Cholesky.Factor(new[,] { { 2.0 } }).Solve([1.0, 2.0]));
    }
}
