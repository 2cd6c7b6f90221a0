using Bastion.Core.Instruments;
using Bastion.Core.MarketData;

namespace Bastion.Engine;

/// <summary>
/// The bars of one instrument, in time order, as a stream: the engine enumerates it once, holding one bar ahead,
/// so memory stays flat however many bars there are. Bars must not overlap (each starts at or after the previous
/// one's end) and must have low ≤ open, close ≤ high with positive prices; the engine stops with an
/// <see cref="InvalidDataException"/> naming the symbol and time otherwise.
/// </summary>
/// <param name="Instrument">What the bars are prices of.</param>
/// <param name="Bars">The bars, oldest first.</param>
public sealed record BarFeed(Instrument Instrument, IEnumerable<Bar> Bars);
