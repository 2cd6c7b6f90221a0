namespace Bastion.Engine.Strategies;

/// <summary>A parameter a built-in strategy accepts.</summary>
/// <param name="Name">Key as written on the command line (<c>fast</c>).</param>
/// <param name="DefaultValue">Value used when the key is not given, as text.</param>
/// <param name="Description">What it means, with units.</param>
public sealed record StrategyParameter(string Name, string DefaultValue, string Description);
