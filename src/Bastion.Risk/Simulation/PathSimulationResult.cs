namespace Bastion.Risk.Simulation;

/// <summary>Distributions over simulated paths of a value starting at 1.0.</summary>
/// <param name="Options">The options used.</param>
/// <param name="FinalValues">Value at the horizon of each path (start = 1), in path order.</param>
/// <param name="MaxDrawdowns">Maximum drawdown of each path, positive fractions (0.25 = 25% below the running peak, start included).</param>
/// <param name="BreachProbability">Share of paths whose value touched (1 − threshold) or lower.</param>
public sealed record PathSimulationResult(PathSimulationOptions Options, double[] FinalValues, double[] MaxDrawdowns, double BreachProbability);
