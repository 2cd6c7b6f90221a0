using Bastion.Numerics.Optimization;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>The active-set path on the long-only minimum-variance class: agreement with cvxopt, method choice, warm start.</summary>
public sealed class ActiveSetTests
{
    [Fact]
    public void Solve_MinimumVarianceN200_ActiveSetAgreesWithCvxopt()
    {
        CvxoptFixture fixture = CvxoptFixture.Get("qp_min_variance_n200");
        SolverResult r = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet }).Solve(fixture.Problem);
        Assert.Equal(SolverMethod.ActiveSet, r.Method);
        CvxoptAgreementTests.AssertAgreement(fixture, new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet }));
        // Weights agree with cvxopt's to the accuracy its interior point leaves on them (gap 1e-11 on a 6e-5 objective).
        for (int i = 0; i < r.X.Length; i++)
        {
            Assert.Equal(fixture.ExpectedX![i], r.X[i], 1e-5);
        }

        Assert.Equal(1.0, r.X.Sum(), 1e-12);
        Assert.All(r.X, w => Assert.InRange(w, 0.0, 1.0));
    }

    [Fact]
    public void Solve_Automatic_ChoosesActiveSetForBudgetBoxQp()
    {
        SolverResult r = new ConvexSolver().Solve(CvxoptFixture.Get("qp_min_variance_n200").Problem);
        Assert.Equal(SolverMethod.ActiveSet, r.Method);
    }

    [Fact]
    public void Solve_Automatic_ChoosesInteriorPointWhenThereAreInequalityRows()
    {
        SolverResult r = new ConvexSolver().Solve(CvxoptFixture.Get("qp_dense_n20").Problem);
        Assert.Equal(SolverMethod.InteriorPoint, r.Method);
    }

    [Fact]
    public void Solve_ActiveSetRequestedWithInequalityRows_Throws()
    {
        var solver = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet });
        Assert.Equal("problem", Assert.Throws<ArgumentException>(() => solver.Solve(CvxoptFixture.Get("qp_dense_n20").Problem)).ParamName);
    }

    [Fact]
    public void Solve_WarmStartFromPreviousSolution_SameOptimumInFewerIterations()
    {
        CvxoptFixture fixture = CvxoptFixture.Get("qp_min_variance_n200");
        var solver = new ConvexSolver(new SolverOptions { Method = SolverMethod.ActiveSet });
        SolverResult cold = solver.Solve(fixture.Problem);
        SolverResult warm = solver.Solve(fixture.Problem, cold);
        Assert.Equal(SolverMethod.ActiveSet, warm.Method);
        Assert.True(warm.Iterations < cold.Iterations / 4, $"warm {warm.Iterations} vs cold {cold.Iterations}");
        Assert.Equal(cold.Objective, warm.Objective, 1e-15);
    }

    [Fact]
    public void Solve_EqualityUnattainableInsideBounds_FallsBackAndCertifiesInfeasible()
    {
        var problem = ConvexProblem.Create(
            [0, 0], new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 1, 1 } }, [3], lowerBounds: [0, 0], upperBounds: [1, 1]);
        SolverResult r = new ConvexSolver().Solve(problem);
        Assert.Equal(SolverStatus.PrimalInfeasible, r.Status);
        Assert.Equal(SolverMethod.InteriorPoint, r.Method);
        Assert.True(r.DualResidual <= 1e-7);
    }
}
