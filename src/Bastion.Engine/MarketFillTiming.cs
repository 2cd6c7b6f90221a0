namespace Bastion.Engine;

/// <summary>When a market order fills.</summary>
public enum MarketFillTiming
{
    /// <summary>At the open of the next bar that starts at or after the order was submitted (the default; no lookahead).</summary>
    NextBarOpen = 1,

    /// <summary>
    /// At once, at the close of the latest closed bar of the symbol (the bar the strategy just saw). Optimistic —
    /// it assumes one can trade at the price that triggered the decision — but common in research.
    /// </summary>
    SameBarClose = 2,
}
