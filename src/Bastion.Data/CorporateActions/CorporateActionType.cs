namespace Bastion.Data.CorporateActions;

/// <summary>The kinds of corporate action the adjuster understands.</summary>
public enum CorporateActionType
{
    /// <summary>A stock split: value = new shares per old share (2 for a 2-for-1 split, 0.1 for a 1-for-10 reverse split).</summary>
    Split,

    /// <summary>A cash dividend: value = cash per share, in the price currency, on the ex-date basis.</summary>
    Dividend,
}
