namespace Bastion.Engine.Results;

/// <summary>One point of the equity curve, in the base currency.</summary>
/// <param name="Time">Simulated time, UTC.</param>
/// <param name="Equity">Cash plus market value of positions at the latest closes.</param>
/// <param name="Cash">Cash (all currencies converted).</param>
public readonly record struct EquityPoint(DateTimeOffset Time, decimal Equity, decimal Cash);
