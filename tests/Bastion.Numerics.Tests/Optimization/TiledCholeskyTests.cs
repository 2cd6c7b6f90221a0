using Bastion.Numerics.Optimization.Kernels;
using Bastion.Numerics.Random;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>The tiled Cholesky kernel: LLᵀ reproduces M on sizes that are and are not multiples of the tile, with a row stride.</summary>
public sealed class TiledCholeskyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(8, 8)]
    [InlineData(13, 20)]
    [InlineData(37, 37)]
    [InlineData(130, 131)]
    public void TryFactor_RandomDefinite_ReproducesMatrix(int k, int stride)
    {
        var rng = new RandomStream((ulong)((k * 1000) + stride));
        var b = new double[k, k + 3];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k + 3; j++)
            {
                b[i, j] = rng.NextGaussian();
            }
        }

        var m = new double[stride * stride];
        var original = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double v = 0;
                for (int c = 0; c < k + 3; c++)
                {
                    v += b[i, c] * b[j, c];
                }

                original[i, j] = v;
                m[(i * stride) + j] = v;
            }
        }

        Assert.True(TiledCholesky.TryFactor(m, stride, k, 1e-12));
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = 0;
                for (int c = 0; c <= j; c++)
                {
                    v += m[(i * stride) + c] * m[(j * stride) + c];
                }

                Assert.Equal(original[i, j], v, 1e-9 * (1 + Math.Abs(original[i, j])));
            }

            for (int j = i + 1; j < k; j++)
            {
                Assert.Equal(original[i, j], m[(i * stride) + j]);
            }
        }
    }

    [Fact]
    public void TryFactor_Indefinite_ReturnsFalse()
    {
        double[] m = [4, 2, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, -1];
        Assert.False(TiledCholesky.TryFactor(m, 5, 5, 1e-12));
    }
}
