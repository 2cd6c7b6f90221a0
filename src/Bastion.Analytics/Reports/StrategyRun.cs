using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports;

/// <summary>One strategy's output as the engine records it: the equity curve and the closed trades.</summary>
/// <param name="Name">Strategy name, shown in legends and tables.</param>
/// <param name="Timestamps">Equity timestamps, strictly increasing, UTC (one per bar, e.g. each daily close).</param>
/// <param name="Equity">Account equity in currency at each timestamp, positive.</param>
/// <param name="Trades">Closed round-trip trades (may be empty).</param>
public sealed record StrategyRun(string Name, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Equity, IReadOnlyList<TradeRecord> Trades)
{
    /// <summary>
    /// Whether a position was held at each timestamp, when the producer knows it (the engine does). Exposure (time in
    /// the market) then counts positions still open at the end, which closed trades alone miss (buy-and-hold has none).
    /// </summary>
    public IReadOnlyList<bool>? Invested { get; init; }
}
