namespace Bastion.Portfolio.Optimization;

/// <summary>How an optimization ended. Anything but <see cref="Optimal"/> carries a reason and no usable weights.</summary>
public enum OptimizationStatus
{
    /// <summary>Solved; the weights satisfy every constraint.</summary>
    Optimal = 1,

    /// <summary>No weights satisfy the constraints; the reason names the ones that conflict.</summary>
    Infeasible = 2,

    /// <summary>The objective can improve without limit (e.g. no budget constraint on a linear objective).</summary>
    Unbounded = 3,

    /// <summary>The solver stopped before converging.</summary>
    IterationLimit = 4,

    /// <summary>The solver ran into numerical difficulty (ill-conditioned input).</summary>
    NumericalTrouble = 5,
}
