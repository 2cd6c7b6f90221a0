namespace Bastion.Core.Futures;

/// <summary>How a continuous futures series removes the price gaps at rolls. The latest contract is never adjusted.</summary>
public enum BackAdjustment
{
    /// <summary>No adjustment: raw prices of each contract spliced together (gaps remain).</summary>
    None = 0,

    /// <summary>Difference ("Panama") adjustment: add the roll gap (new close − old close) to every earlier price. Keeps point moves; old prices can go negative.</summary>
    Difference = 1,

    /// <summary>Ratio adjustment: multiply every earlier price by new close / old close. Keeps percentage returns; prices stay positive.</summary>
    Ratio = 2,
}
