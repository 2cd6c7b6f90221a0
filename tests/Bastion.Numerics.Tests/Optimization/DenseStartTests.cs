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

    [Fact]
    public void Solve_SparseMinimumVariance_MatchesInteriorPoint()
    {
        // One strong market factor with betas in [0.2, 1.8] and small idiosyncratic risk: the optimum holds only the
        // lowest-beta assets (about 40 % of the weights of w = Σ⁻¹1/(1ᵀΣ⁻¹1) are negative: several batched rounds).
        int n = 120;
        var rng = new RandomStream(77);
        var beta = new double[n];
        var idio = new double[n];
        for (int i = 0; i < n; i++)
        {
            beta[i] = 0.2 + (1.6 * rng.NextDouble());
            idio[i] = 0.01 + (0.02 * rng.NextDouble());
        }

        var sigma = new double[n, n];
        var ones = new double[1, n];
        for (int i = 0; i < n; i++)
        {
            ones[0, i] = 1;
            for (int j = 0; j < n; j++)
            {
                sigma[i, j] = (0.04 * beta[i] * beta[j]) + (i == j ? idio[i] * idio[i] : 0);
            }
        }

        ConvexProblem problem = ConvexProblem.Create(
            new double[n], sigma, ones, [1.0], lowerBounds: new double[n], upperBounds: Enumerable.Repeat(1.0, n).ToArray());
        SolverResult active = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet }).Solve(problem);
        SolverResult interior = new ConvexSolver(new SolverOptions { Method = SolverMethod.InteriorPoint }).Solve(problem);
        Assert.Equal(SolverMethod.ActiveSet, active.Method);
        Assert.Equal(SolverStatus.Optimal, active.Status);
        Assert.Equal(interior.Objective, active.Objective, 1e-8);
        Assert.True(active.X.Count(w => w > 0) < n / 2, "the family should give sparse optima");
        Assert.Equal(1.0, active.X.Sum(), 1e-12);
        Assert.All(active.X, w => Assert.InRange(w, 0.0, 1.0));
    }

    [Fact]
    public void Solve_MostWeightsNegativeOnFullSet_FallsBackToCrashAndMatchesInteriorPoint()
    {
        // P = I, qᵢ = −(i/n)²: on the full free set xᵢ = c + (i/n)² with c ≈ −1/3, negative for i/n < 1/√3, i.e. 58 %
        // of the variables, more than half: the dense start gives up after one round and the crash start solves it.
        int n = 100;
        var p = new double[n, n];
        var q = new double[n];
        var ones = new double[1, n];
        for (int i = 0; i < n; i++)
        {
            p[i, i] = 1;
            q[i] = -Math.Pow((double)i / n, 2);
            ones[0, i] = 1;
        }

        ConvexProblem problem = ConvexProblem.Create(
            q, p, ones, [1.0], lowerBounds: new double[n], upperBounds: Enumerable.Repeat(1.0, n).ToArray());
        SolverResult active = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet }).Solve(problem);
        SolverResult interior = new ConvexSolver(new SolverOptions { Method = SolverMethod.InteriorPoint }).Solve(problem);
        Assert.Equal(SolverMethod.ActiveSet, active.Method);
        Assert.Equal(SolverStatus.Optimal, active.Status);
        Assert.Equal(interior.Objective, active.Objective, 1e-8);

        // Independent closed form: xᵢ = max(0, c + (i/n)²) with c set by the budget (water filling).
        double lo = -1;
        double hi = 1;
        for (int it = 0; it < 200; it++)
        {
            double c = 0.5 * (lo + hi);
            double sum = Enumerable.Range(0, n).Sum(i => Math.Max(0, c + Math.Pow((double)i / n, 2)));
            (lo, hi) = sum > 1 ? (lo, c) : (c, hi);
        }

        for (int i = 0; i < n; i++)
        {
            Assert.Equal(Math.Max(0, lo + Math.Pow((double)i / n, 2)), active.X[i], 1e-12);
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
