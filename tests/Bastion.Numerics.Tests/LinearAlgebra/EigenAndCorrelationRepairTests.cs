using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.LinearAlgebra;

/// <summary>Eigen, condition number, SPD inverse and Higham's nearest correlation against NumPy (gen_linalg.py).</summary>
public sealed class EigenAndCorrelationRepairTests
{
    [Fact]
    public void SymmetricEigen_MatchesNumPyEigh()
    {
        foreach (string[] row in Fixture.Rows("eigen.csv"))
        {
            double[,] a = Fixture.Matrix(row[1]);
            var eig = SymmetricEigen.Decompose(a);
            double[] expected = Fixture.Vector(row[2]);
            double scale = expected.Max(Math.Abs);
            double[] values = eig.Values;
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(values[i] - expected[i]) < 1e-13 * scale, $"{row[0]} λ[{i}]: {values[i]} vs {expected[i]}");
            }

            double[,] v = eig.Vectors;
            double[,] ev = Fixture.Matrix(row[3]);
            double gapFloor = 1e-6 * scale;
            for (int j = 0; j < expected.Length; j++)
            {
                // Vectors are only defined up to rotation within repeated eigenvalues; these fixtures have distinct ones.
                bool isolated = (j == 0 || expected[j] - expected[j - 1] > gapFloor) && (j == expected.Length - 1 || expected[j + 1] - expected[j] > gapFloor);
                for (int i = 0; i < expected.Length && isolated; i++)
                {
                    Assert.True(Math.Abs(v[i, j] - ev[i, j]) < 1e-10, $"{row[0]} v[{i},{j}]: {v[i, j]} vs {ev[i, j]}");
                }
            }

            double[,] back = eig.Reconstruct(x => x);
            for (int i = 0; i < expected.Length; i++)
            {
                for (int j = 0; j < expected.Length; j++)
                {
                    Assert.True(Math.Abs(back[i, j] - a[i, j]) < 1e-13 * scale);
                }
            }

            Assert.True(Fixture.RelErr(MatrixNorms.ConditionNumber(a), Fixture.D(row[4])) < 1e-9, row[0] + " cond");
        }
    }

    [Fact]
    public void ConditionNumberAndSpdInverse_MatchNumPy()
    {
        foreach (string[] row in Fixture.Rows("cond_inverse.csv"))
        {
            double[,] a = Fixture.Matrix(row[1]);
            Assert.True(Fixture.RelErr(MatrixNorms.ConditionNumber(a), Fixture.D(row[2])) < 1e-9, row[0] + " cond");
            if (row[3].Length > 0)
            {
                double[,] expected = Fixture.Matrix(row[3]);
                double[,] inverse = MatrixNorms.InverseSpd(a);
                for (int i = 0; i < expected.GetLength(0); i++)
                {
                    for (int j = 0; j < expected.GetLength(1); j++)
                    {
                        Assert.True(Math.Abs(inverse[i, j] - expected[i, j]) < 1e-10 * Math.Max(1.0, Math.Abs(expected[i, j])), $"{row[0]} inv[{i},{j}]");
                    }
                }
            }
        }
    }

    [Fact]
    public void NearestCorrelation_MatchesHighamReference_AndIsAValidCorrelationMatrix()
    {
        foreach (string[] row in Fixture.Rows("nearest_correlation.csv"))
        {
            NearestCorrelationResult r = NearestCorrelation.Compute(Fixture.Matrix(row[1]), tolerance: 1e-14);
            Assert.True(r.Converged);
            double[,] expected = Fixture.Matrix(row[2]);
            int n = expected.GetLength(0);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(1.0, r.Matrix[i, i]);
                for (int j = 0; j < n; j++)
                {
                    Assert.True(Math.Abs(r.Matrix[i, j] - expected[i, j]) < 1e-10, $"{row[0]} [{i},{j}]: {r.Matrix[i, j]} vs {expected[i, j]}");
                    Assert.Equal(r.Matrix[i, j], r.Matrix[j, i]);
                }
            }

            Assert.True(SymmetricEigen.Decompose(r.Matrix).Values[0] > -1e-12);
        }
    }

    [Fact]
    public void BadInput_ThrowsNamingArgument()
    {
        Assert.Throws<ArgumentException>("matrix", () => SymmetricEigen.Decompose(new[,] { { 1.0, 2.0 }, { 0.0, 1.0 } }));
        Assert.Throws<ArgumentException>("matrix", () => SymmetricEigen.Decompose(new double[2, 3]));
        Assert.Throws<ArgumentException>("matrix", () => NearestCorrelation.Compute(new[,] { { 1.0, double.NaN }, { double.NaN, 1.0 } }));
        Assert.Throws<MatrixNotPositiveDefiniteException>(() => MatrixNorms.InverseSpd(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } }));
        Assert.True(MatrixNorms.ConditionNumber(new[,] { { 1.0, 1.0 }, { 1.0, 1.0 } }) > 1e15);
        Assert.Equal(double.PositiveInfinity, MatrixNorms.ConditionNumber(new[,] { { 1.0, 0.0 }, { 0.0, 0.0 } }));
    }
}
