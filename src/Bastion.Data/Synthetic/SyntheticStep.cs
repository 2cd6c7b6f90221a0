using Bastion.Core.MarketData;

namespace Bastion.Data.Synthetic;

/// <summary>One bar time of a synthetic market: the regime in force and one bar per symbol (in symbol order).</summary>
/// <param name="StartUtcTicks">Start of the bars, UTC ticks.</param>
/// <param name="Regime">The regime that drove these bars.</param>
/// <param name="Bars">One bar per symbol, in the order of <see cref="SyntheticMarketOptions.Symbols"/>.</param>
public sealed record SyntheticStep(long StartUtcTicks, MarketRegime Regime, IReadOnlyList<Bar> Bars);
