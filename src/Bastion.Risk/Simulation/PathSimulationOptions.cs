using Bastion.Risk.Volatility;

namespace Bastion.Risk.Simulation;

/// <summary>Options of <see cref="PathSimulator"/> and <see cref="CorrelatedPathSimulator"/>, validated when the simulation runs.</summary>
/// <param name="Model">How returns are drawn.</param>
/// <param name="Paths">Number of paths (≥ 1).</param>
/// <param name="HorizonDays">Days per path (≥ 1).</param>
/// <param name="Seed">Seed of the random stream: same seed, same paths.</param>
/// <param name="BlockLength">Block length for <see cref="PathModel.BlockBootstrap"/> (1 ≤ L ≤ n).</param>
/// <param name="DegreesOfFreedom">ν &gt; 2 for <see cref="PathModel.StudentT"/> and for Student t GARCH innovations.</param>
/// <param name="LossThreshold">A path breaches when its value falls to (1 − threshold) × the start value or lower at any day; in (0, 1).</param>
/// <param name="VolatilityMultiplier">
/// m &gt; 0: each simulated return is μ + m·(its deviation from the model mean μ): the sample mean for the bootstraps, the sample
/// mean for normal/t, the GARCH mean for GARCH (whose variance recursion runs on the unscaled shocks). 1 = the fitted model.
/// </param>
/// <param name="Innovations">Innovation distribution of <see cref="PathModel.Garch"/>: normal, or Student t with <paramref name="DegreesOfFreedom"/> scaled to unit variance.</param>
/// <param name="GarchVariant">GARCH(1,1) or GJR-GARCH(1,1,1) for <see cref="PathModel.Garch"/>.</param>
/// <param name="MaxDegreeOfParallelism">Threads for the correlated simulator (−1 = as many as the scheduler likes); never changes the result.</param>
public sealed record PathSimulationOptions(
    PathModel Model = PathModel.Bootstrap,
    int Paths = 10_000,
    int HorizonDays = 252,
    ulong Seed = 42,
    int BlockLength = 20,
    double DegreesOfFreedom = 5.0,
    double LossThreshold = 0.2,
    double VolatilityMultiplier = 1.0,
    InnovationDistribution Innovations = InnovationDistribution.Normal,
    VolatilityModel GarchVariant = VolatilityModel.Garch,
    int MaxDegreeOfParallelism = -1);
