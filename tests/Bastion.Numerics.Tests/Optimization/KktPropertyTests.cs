using Bastion.Numerics.Optimization;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>At every reported optimum the KKT conditions hold; feasible problems are never reported infeasible.</summary>
public sealed class KktPropertyTests
{
    // Fixed replay seed: the run is reproducible (a failure names its generator seed in the message).
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(150)
        .WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(20261122UL), Microsoft.FSharp.Core.FSharpOption<int>.None)));

    [Fact]
    public void Solve_RandomFeasibleQp_SatisfiesKktOrCertifiesUnbounded() =>
        Check.One(s_config, Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed => Holds(seed, withCones: false, SolverMethod.InteriorPoint)));

    [Fact]
    public void Solve_RandomFeasibleSocp_SatisfiesKktOrCertifiesUnbounded() =>
        Check.One(s_config, Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed => Holds(seed, withCones: true, SolverMethod.InteriorPoint)));

    [Fact]
    public void Solve_ScenarioLpWithManyMoreRowsThanColumns_SatisfiesKkt()
    {
        // 50 variables, 2,500 scenario rows: the normal-equations matrix stays 50 × 50.
        var rng = new Bastion.Numerics.Random.RandomStream(7);
        int n = 50;
        int m = 2500;
        var g = new double[m, n];
        var h = new double[m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                g[i, j] = rng.NextGaussian();
            }

            h[i] = 1 + rng.NextDouble();
        }

        var c = new double[n];
        for (int j = 0; j < n; j++)
        {
            c[j] = rng.NextGaussian();
        }

        var pr = new RandomConvexProblem
        {
            N = n, Q = c, A = new double[0, n], B = [], G = g, H = h,
            Lower = Enumerable.Repeat(double.NegativeInfinity, n).ToArray(),
            Upper = Enumerable.Repeat(double.PositiveInfinity, n).ToArray(), Cones = [],
        };
        SolverResult r = new ConvexSolver().Solve(pr.Build());
        Assert.Equal(SolverStatus.Optimal, r.Status);
        Assert.Null(KktConditions.Violation(pr, r, 1e-6));
    }

    [Fact]
    public void Solve_RandomStrictlyConvexBudgetQp_ActiveSetSatisfiesKkt() =>
        Check.One(s_config, Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed => Holds(seed, withCones: false, SolverMethod.ActiveSet, strictlyConvex: true)));

    [Fact]
    public void Solve_RandomQp_AutomaticSatisfiesKkt() =>
        Check.One(s_config, Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed => Holds(seed, withCones: false, SolverMethod.Automatic)));

    private static bool Holds(int seed, bool withCones, SolverMethod method, bool strictlyConvex = false)
    {
        RandomConvexProblem pr = RandomConvexProblem.Create(seed, withCones, strictlyConvex);
        SolverResult r = new ConvexSolver(new SolverOptions { Method = method }).Solve(pr.Build());
        if (r.Status == SolverStatus.DualInfeasible)
        {
            Assert.True(r.PrimalResidual <= 1e-6, $"seed {seed}: unboundedness ray residual {r.PrimalResidual}");
            return true;
        }

        Assert.True(r.Status == SolverStatus.Optimal, $"seed {seed}: status {r.Status}");
        if (method == SolverMethod.ActiveSet)
        {
            Assert.Equal(SolverMethod.ActiveSet, r.Method);
        }

        string? violation = KktConditions.Violation(pr, r, 1e-6);
        Assert.True(violation is null, $"seed {seed}: {violation}");
        return true;
    }
}
