using Bastion.Core.Instruments;
using Bastion.Core.MarketData;

namespace Bastion.Core.Futures;

/// <summary>The bars of one futures contract, in time order, as input to a continuous series.</summary>
/// <param name="Contract">The contract (its expiry drives expiry-based roll rules).</param>
/// <param name="Bars">Bars sorted by start time, no duplicates.</param>
public sealed record ContractBars(Future Contract, IReadOnlyList<Bar> Bars);
