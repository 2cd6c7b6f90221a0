using Bastion.Numerics.Optimization;
using Bastion.Numerics.Random;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>
/// The active set's dense start (full free set, bounds fixed in batches) on long-only minimum-variance problems whose
/// optimum holds most assets: same optimum as the independent interior-point path.
/// </summary>
public sealed class DenseStartTests
{
    [Theory]
    [InlineData(50, 1)]
    [InlineData(120, 2)]
    [InlineData(200, 3)]
    [InlineData(300, 4)]
    public void Solve_DenseMinimumVariance_ActiveSetMatchesInteriorPoint(int n, int seed)
    {
        (ConvexProblem problem, double[,] sigma) = MinimumVariance(n, (ulong)seed);
        SolverResult active = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet }).Solve(problem);
        SolverResult interior = new ConvexSolver(new SolverOptions { Method = SolverMethod.InteriorPoint }).Solve(problem);
        Assert.Equal(SolverStatus.Optimal, active.Status);
        Assert.Equal(SolverMethod.ActiveSet, active.Method);
        Assert.Equal(SolverStatus.Optimal, interior.Status);
        Assert.Equal(interior.Objective, active.Objective, 1e-8);
        Assert.True(active.Objective <= interior.Objective + 1e-12, $"{active.Objective} vs {interior.Objective}");
        Assert.Equal(1.0, active.X.Sum(), 1e-12);
        Assert.All(active.X, w => Assert.InRange(w, 0.0, 1.0));
        int held = active.X.Count(w => w > 0);
        Assert.True(held > n / 2, $"the family should give dense optima: {held} of {n} held");

        // KKT by hand: (Σw)ᵢ equal on held assets (= −ν) and not below that level on assets at zero.
        var g = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                g[i] += sigma[i, j] * active.X[j];
            }
        }

        double level = Enumerable.Range(0, n).Where(i => active.X[i] > 0).Average(i => g[i]);
        for (int i = 0; i < n; i++)
        {
            if (active.X[i] > 0)
            {
                Assert.Equal(level, g[i], 1e-12);
            }
            else
            {
                Assert.True(g[i] >= level - 1e-12, $"asset {i}: {g[i]} < {level}");
            }
        }
    }

    /// <summary>Σ = RᵀR/T from T = 2n Gaussian returns with volatilities in [0.1, 0.4]; min ½wᵀΣw, 1ᵀw = 1, 0 ≤ w ≤ 1.</summary>
    private static (ConvexProblem Problem, double[,] Sigma) MinimumVariance(int n, ulong seed)
    {
        var rng = new RandomStream(seed);
        int t = 2 * n;
        var vol = new double[n];
        for (int j = 0; j < n; j++)
        {
            vol[j] = 0.1 + (0.3 * rng.NextDouble());
        }

        var r = new double[t, n];
        for (int i = 0; i < t; i++)
        {
            for (int j = 0; j < n; j++)
            {
                r[i, j] = rng.NextGaussian() * vol[j];
            }
        }

        var sigma = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double s = 0;
                for (int i = 0; i < t; i++)
                {
                    s += r[i, a] * r[i, b];
                }

                sigma[a, b] = s / t;
                sigma[b, a] = s / t;
            }
        }

        var ones = new double[1, n];
        for (int j = 0; j < n; j++)
        {
            ones[0, j] = 1;
        }

        return (ConvexProblem.Create(
            new double[n], sigma, ones, [1.0], lowerBounds: new double[n], upperBounds: Enumerable.Repeat(1.0, n).ToArray()), sigma);
    }
}
