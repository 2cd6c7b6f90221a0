namespace Bastion.Portfolio.Rebalancing;

/// <summary>One strategy's record for aggregation: aligned periodic returns (NaN where it did not run) and trade count.</summary>
/// <param name="Name">Strategy name.</param>
/// <param name="Returns">Simple returns per period, aligned across strategies.</param>
/// <param name="TradeCount">Number of trades over the record.</param>
public sealed record StrategyTrack(string Name, IReadOnlyList<double> Returns, int TradeCount);
