namespace Bastion.Risk.Simulation;

/// <summary>Options of <see cref="PathSimulator"/>, validated when the simulation runs.</summary>
/// <param name="Model">How returns are drawn.</param>
/// <param name="Paths">Number of paths (≥ 1).</param>
/// <param name="HorizonDays">Days per path (≥ 1).</param>
/// <param name="Seed">Seed of the random stream: same seed, same paths.</param>
/// <param name="BlockLength">Block length for <see cref="PathModel.BlockBootstrap"/> (1 ≤ L ≤ n).</param>
/// <param name="DegreesOfFreedom">ν &gt; 2 for <see cref="PathModel.StudentT"/>.</param>
/// <param name="LossThreshold">A path breaches when its value falls to (1 − threshold) × the start value or lower at any day; in (0, 1).</param>
public sealed record PathSimulationOptions(
    PathModel Model = PathModel.Bootstrap,
    int Paths = 10_000,
    int HorizonDays = 252,
    ulong Seed = 42,
    int BlockLength = 20,
    double DegreesOfFreedom = 5.0,
    double LossThreshold = 0.2);
