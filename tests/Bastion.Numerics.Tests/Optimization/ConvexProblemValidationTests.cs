using Bastion.Numerics.Optimization;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>Bad input is rejected at the public boundary, before any work, naming the argument.</summary>
public sealed class ConvexProblemValidationTests
{
    private static readonly double[,] s_identity2 = { { 1, 0 }, { 0, 1 } };

    [Fact]
    public void Create_EmptyProblem_Throws() =>
        Assert.Equal("linearCost", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([])).ParamName);

    [Fact]
    public void Create_NaNInLinearCost_Throws() =>
        Assert.Equal("linearCost", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, double.NaN])).ParamName);

    [Fact]
    public void Create_InfinityInQuadraticCost_Throws() =>
        Assert.Equal("quadraticCost", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], new double[,] { { 1, 0 }, { 0, double.PositiveInfinity } })).ParamName);

    [Fact]
    public void Create_NonSymmetricQuadraticCost_Throws() =>
        Assert.Equal("quadraticCost", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], new double[,] { { 1, 0.5 }, { 0.4, 1 } })).ParamName);

    [Fact]
    public void Create_NearlySymmetricQuadraticCost_IsAccepted() =>
        Assert.Equal(2, ConvexProblem.Create([1, 1], new double[,] { { 1, 0.5 }, { 0.5 + 1e-13, 1 } }).VariableCount);

    [Fact]
    public void Create_QuadraticCostWrongSize_Throws() =>
        Assert.Equal("quadraticCost", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1, 1], s_identity2)).ParamName);

    [Fact]
    public void Create_EqualityRhsLengthMismatch_Throws() =>
        Assert.Equal("equalityRhs", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], equalityMatrix: new double[,] { { 1, 1 } }, equalityRhs: [1, 2])).ParamName);

    [Fact]
    public void Create_InequalityColumnsMismatch_Throws() =>
        Assert.Equal("inequalityMatrix", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], inequalityMatrix: new double[,] { { 1, 1, 1 } }, inequalityRhs: [1])).ParamName);

    [Fact]
    public void Create_MatrixWithoutRhs_Throws() =>
        Assert.Equal("equalityRhs", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], equalityMatrix: new double[,] { { 1, 1 } })).ParamName);

    [Fact]
    public void Create_NaNInInequalityRhs_Throws() =>
        Assert.Equal("inequalityRhs", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], inequalityMatrix: new double[,] { { 1, 1 } }, inequalityRhs: [double.NaN])).ParamName);

    [Fact]
    public void Create_LowerAboveUpper_Throws() =>
        Assert.Equal("lowerBounds", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], lowerBounds: [0, 2], upperBounds: [1, 1])).ParamName);

    [Fact]
    public void Create_BoundsWrongLength_Throws() =>
        Assert.Equal("upperBounds", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], upperBounds: [1])).ParamName);

    [Fact]
    public void Create_NaNBound_Throws() =>
        Assert.Equal("lowerBounds", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1], lowerBounds: [0, double.NaN])).ParamName);

    [Fact]
    public void Create_ConeWithWrongColumnCount_Throws() =>
        Assert.Equal("cones", Assert.Throws<ArgumentException>(() => ConvexProblem.Create([1, 1, 1], cones: [SecondOrderCone.Create(s_identity2, [0, 0], [0, 0], 1)])).ParamName);

    [Fact]
    public void CreateCone_OffsetLengthMismatch_Throws() =>
        Assert.Equal("g", Assert.Throws<ArgumentException>(() => SecondOrderCone.Create(s_identity2, [0], [0, 0], 1)).ParamName);

    [Fact]
    public void CreateCone_InfiniteEntry_Throws() =>
        Assert.Equal("e", Assert.Throws<ArgumentException>(() => SecondOrderCone.Create(s_identity2, [0, 0], [0, 0], double.PositiveInfinity)).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(1.5)]
    public void Solver_InvalidTolerance_Throws(double tolerance) =>
        Assert.Equal("FeasibilityTolerance", Assert.Throws<ArgumentException>(() => new ConvexSolver(new SolverOptions { FeasibilityTolerance = tolerance })).ParamName);

    [Fact]
    public void Solver_ZeroIterations_Throws() =>
        Assert.Equal("MaxIterations", Assert.Throws<ArgumentException>(() => new ConvexSolver(new SolverOptions { MaxIterations = 0 })).ParamName);

    [Fact]
    public void Solve_IterationLimit_ReportsStatusNotException()
    {
        var problem = ConvexProblem.Create([1, 2], s_identity2, lowerBounds: [-1, -1], upperBounds: [1, 1]);
        SolverResult r = new ConvexSolver(new SolverOptions { MaxIterations = 1, Method = SolverMethod.InteriorPoint }).Solve(problem);
        Assert.Equal(SolverStatus.IterationLimit, r.Status);
    }
}
