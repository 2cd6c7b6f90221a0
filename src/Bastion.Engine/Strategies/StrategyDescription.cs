namespace Bastion.Engine.Strategies;

/// <summary>A built-in strategy: its registry name, what it does, and the parameters it accepts.</summary>
/// <param name="Name">Registry name (<c>sma-cross</c>).</param>
/// <param name="Summary">One sentence on what it does.</param>
/// <param name="Parameters">Accepted parameters with defaults.</param>
public sealed record StrategyDescription(string Name, string Summary, IReadOnlyList<StrategyParameter> Parameters);
