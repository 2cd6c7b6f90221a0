namespace Bastion.Numerics.Optimization;

/// <summary>The outcome of a convex solve. Only <see cref="Optimal"/> carries a solution to trust.</summary>
public enum SolverStatus
{
    /// <summary>Primal and dual residuals and the duality gap are within the tolerances of <see cref="SolverOptions"/>.</summary>
    Optimal,

    /// <summary>The constraints admit no point; the dual fields of <see cref="SolverResult"/> hold a Farkas ray (y, z, bound and cone duals) with zero stationarity residual for q = 0, P = 0 and a negative dual objective, scaled to dual objective −1.</summary>
    PrimalInfeasible,

    /// <summary>The objective is unbounded below; <see cref="SolverResult.X"/> holds a ray x with Px = 0, Ax = 0, Gx ≤ 0 (cone rows in the cone), bounded directions respected, qᵀx = −1.</summary>
    DualInfeasible,

    /// <summary>The iteration limit was reached before any tolerance test passed; the last iterate is returned for inspection only.</summary>
    IterationLimit,

    /// <summary>The method stalled (tiny steps, a failed factorization or a non-finite value); the last iterate is returned for inspection only.</summary>
    NumericalTrouble,
}
