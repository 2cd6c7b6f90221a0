using Bastion.Numerics.Optimization;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>Agreement with cvxopt 1.3.0 on the fixture suite (objective to 1e-6 relative, feasibility, statuses).</summary>
public sealed class CvxoptAgreementTests
{
    public static TheoryData<string> Problems() => [.. CvxoptFixture.Names()];

    [Theory]
    [MemberData(nameof(Problems))]
    public void Solve_InteriorPoint_AgreesWithCvxopt(string name) =>
        AssertAgreement(CvxoptFixture.Get(name), new ConvexSolver(new SolverOptions { Method = SolverMethod.InteriorPoint }));

    [Theory]
    [MemberData(nameof(Problems))]
    public void Solve_Automatic_AgreesWithCvxopt(string name) =>
        AssertAgreement(CvxoptFixture.Get(name), new ConvexSolver());

    internal static void AssertAgreement(CvxoptFixture fixture, ConvexSolver solver)
    {
        SolverResult result = solver.Solve(fixture.Problem);
        Assert.Equal(fixture.ExpectedStatus, result.Status.ToString());
        switch (result.Status)
        {
            case SolverStatus.Optimal:
                double expected = fixture.ExpectedObjective!.Value;
                double tolerance = (1e-6 * Math.Abs(expected)) + 1e-10;
                Assert.True(Math.Abs(result.Objective - expected) <= tolerance, $"{fixture.Name}: objective {result.Objective:R} vs cvxopt {expected:R}");
                double scale = 1 + fixture.ExpectedX!.Max(Math.Abs);
                Assert.True(result.PrimalResidual <= 1e-7 * scale, $"{fixture.Name}: primal residual {result.PrimalResidual}");
                Assert.True(result.DualResidual <= 1e-6 * (1 + fixture.Q.Max(Math.Abs)), $"{fixture.Name}: dual residual {result.DualResidual}");
                break;
            case SolverStatus.PrimalInfeasible:
                // Farkas ray scaled to dual objective −1 with (near) zero stationarity residual.
                Assert.True(result.DualResidual <= 1e-6, $"{fixture.Name}: Farkas residual {result.DualResidual}");
                break;
            case SolverStatus.DualInfeasible:
                Assert.Equal(-1.0, fixture.Q.Zip(result.X, (a, b) => a * b).Sum(), 1e-9);
                Assert.True(result.PrimalResidual <= 1e-6, $"{fixture.Name}: ray residual {result.PrimalResidual}");
                break;
            default:
                Assert.Fail($"{fixture.Name}: unexpected status {result.Status}");
                break;
        }
    }
}
