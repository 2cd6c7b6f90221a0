namespace Bastion.Numerics.Optimization;

/// <summary>Which algorithm <see cref="ConvexSolver"/> uses.</summary>
public enum SolverMethod
{
    /// <summary>Active set for strictly convex box/budget problems when it applies, otherwise interior point.</summary>
    Automatic,

    /// <summary>Homogeneous self-dual primal–dual interior point with Nesterov–Todd scaling (every problem class).</summary>
    InteriorPoint,

    /// <summary>Primal active set with Cholesky updates: P positive definite, bounds and at most one equality row (or a feasible warm start), no other inequalities or cones.</summary>
    ActiveSet,
}
