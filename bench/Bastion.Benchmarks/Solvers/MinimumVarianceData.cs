using Bastion.Numerics.Optimization;
using Bastion.Numerics.Random;

namespace Bastion.Benchmarks.Solvers;

/// <summary>
/// Seeded long-only minimum-variance problems: Σ = RᵀR/T from T = 2n Gaussian daily returns with volatilities
/// uniform in [0.1, 0.4] (well conditioned: T/n = 2), min ½wᵀΣw s.t. 1ᵀw = 1, 0 ≤ w ≤ 1. The matrices are also
/// written as little-endian float64 (row-major) to $BASTION_SOLVER_BENCH_DIR (default: the temp folder)
/// /minvar_{n}.bin so that tools/fixtures/solvers/bench_cvxopt.py times cvxopt on exactly the same data.
/// </summary>
public static class MinimumVarianceData
{
    public static double[,] Covariance(int n, ulong seed = 20261122)
    {
        var rng = new RandomStream(seed + (ulong)n);
        int t = 2 * n;
        var vol = new double[n];
        for (int j = 0; j < n; j++)
        {
            vol[j] = 0.1 + (0.3 * rng.NextDouble());
        }

        var r = new double[t * n];
        for (int i = 0; i < t; i++)
        {
            for (int j = 0; j < n; j++)
            {
                r[(i * n) + j] = rng.NextGaussian() * vol[j];
            }
        }

        var sigma = new double[n, n];
        var row = new double[n];
        for (int a = 0; a < n; a++)
        {
            Array.Clear(row);
            for (int i = 0; i < t; i++)
            {
                double ra = r[(i * n) + a];
                for (int b = 0; b <= a; b++)
                {
                    row[b] += ra * r[(i * n) + b];
                }
            }

            for (int b = 0; b <= a; b++)
            {
                sigma[a, b] = row[b] / t;
                sigma[b, a] = row[b] / t;
            }
        }

        return sigma;
    }

    public static ConvexProblem Problem(double[,] sigma)
    {
        int n = sigma.GetLength(0);
        var ones = new double[1, n];
        for (int j = 0; j < n; j++)
        {
            ones[0, j] = 1;
        }

        return ConvexProblem.Create(
            new double[n], sigma, ones, [1.0], lowerBounds: new double[n], upperBounds: Enumerable.Repeat(1.0, n).ToArray());
    }

    public static string Export(double[,] sigma)
    {
        int n = sigma.GetLength(0);
        string dir = Environment.GetEnvironmentVariable("BASTION_SOLVER_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "bastion-solver-bench");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"minvar_{n}.bin");
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                writer.Write(sigma[i, j]);
            }
        }

        return path;
    }
}
