using Bastion.Numerics.Optimization;
using Bastion.Numerics.Random;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>
/// A random feasible convex problem built around a point x0 that satisfies every inequality strictly (Slater's
/// condition, so the dual optimum is attained) and the equalities and fixed variables exactly, with the raw data kept so that KKT conditions can be checked independently of the solver's own report.
/// </summary>
internal sealed class RandomConvexProblem
{
    public required int N { get; init; }

    public double[,]? P { get; init; }

    public required double[] Q { get; init; }

    public required double[,] A { get; init; }

    public required double[] B { get; init; }

    public required double[,] G { get; init; }

    public required double[] H { get; init; }

    public required double[] Lower { get; init; }

    public required double[] Upper { get; init; }

    public required List<(double[,] F, double[] g, double[] d, double e)> Cones { get; init; }

    public ConvexProblem Build() => ConvexProblem.Create(
        Q, P, A, B, G, H, Lower, Upper,
        [.. Cones.Select(c => SecondOrderCone.Create(c.F, c.g, c.d, c.e))]);

    /// <param name="seed">Seed of the stream.</param>
    /// <param name="withCones">Add a second-order cone constraint.</param>
    /// <param name="strictlyConvex">Make P positive definite and use only bounds and a budget row (the active-set class).</param>
    public static RandomConvexProblem Create(int seed, bool withCones, bool strictlyConvex = false)
    {
        var rng = new RandomStream((ulong)seed);
        int n = 2 + rng.NextInt(12);
        var x0 = new double[n];
        for (int i = 0; i < n; i++)
        {
            x0[i] = rng.NextDouble() - 0.3;
        }

        int rank = strictlyConvex ? n : rng.NextInt(n + 1);
        double[,]? p = null;
        if (rank > 0 || strictlyConvex)
        {
            p = new double[n, n];
            var m = new double[n, rank];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < rank; k++)
                {
                    m[i, k] = rng.NextGaussian();
                }
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double v = 0;
                    for (int k = 0; k < rank; k++)
                    {
                        v += m[i, k] * m[j, k];
                    }

                    p[i, j] = v + (strictlyConvex && i == j ? 0.1 : 0);
                }
            }
        }

        var q = new double[n];
        for (int i = 0; i < n; i++)
        {
            q[i] = 2 * rng.NextGaussian();
        }

        var lower = new double[n];
        var upper = new double[n];
        for (int i = 0; i < n; i++)
        {
            int kind = rng.NextInt(strictlyConvex ? 3 : 6);
            lower[i] = kind == 4 ? double.NegativeInfinity : x0[i] - (kind == 1 ? 0.02 : rng.NextDouble() + 0.02);
            upper[i] = kind == 5 ? double.PositiveInfinity : x0[i] + (kind == 2 ? 0.02 : rng.NextDouble() + 0.02);
            if (kind == 3 && !strictlyConvex)
            {
                lower[i] = upper[i] = x0[i];
            }
        }

        int pRows = strictlyConvex ? 1 : rng.NextInt(3);
        var a = new double[pRows, n];
        var b = new double[pRows];
        for (int r = 0; r < pRows; r++)
        {
            for (int j = 0; j < n; j++)
            {
                a[r, j] = strictlyConvex ? 1.0 : rng.NextGaussian();
                b[r] += a[r, j] * x0[j];
            }
        }

        int mRows = strictlyConvex ? 0 : rng.NextInt(n + 1);
        var g = new double[mRows, n];
        var h = new double[mRows];
        for (int r = 0; r < mRows; r++)
        {
            for (int j = 0; j < n; j++)
            {
                g[r, j] = rng.NextGaussian();
                h[r] += g[r, j] * x0[j];
            }

            h[r] += rng.NextInt(3) == 0 ? 0.01 : rng.NextDouble() + 0.01;
        }

        var cones = new List<(double[,], double[], double[], double)>();
        if (withCones)
        {
            int rows = 1 + rng.NextInt(n);
            var f = new double[rows, n];
            var offset = new double[rows];
            var d = new double[n];
            double norm = 0;
            for (int i = 0; i < rows; i++)
            {
                double fx = 0;
                for (int j = 0; j < n; j++)
                {
                    f[i, j] = rng.NextGaussian();
                    fx += f[i, j] * x0[j];
                }

                offset[i] = rng.NextGaussian();
                norm += (fx + offset[i]) * (fx + offset[i]);
            }

            double dx = 0;
            for (int j = 0; j < n; j++)
            {
                d[j] = 0.3 * rng.NextGaussian();
                dx += d[j] * x0[j];
            }

            cones.Add((f, offset, d, Math.Sqrt(norm) - dx + (0.5 * rng.NextDouble())));
        }

        return new RandomConvexProblem
        {
            N = n, P = p, Q = q, A = a, B = b, G = g, H = h, Lower = lower, Upper = upper, Cones = cones,
        };
    }
}
