namespace Bastion.Portfolio.Estimation;

/// <summary>What to do with missing (blank) prices when turning prices into returns.</summary>
public enum MissingPolicy
{
    /// <summary>Any missing price is an error naming the first row and column that has one.</summary>
    Fail = 1,

    /// <summary>Drop every date on which any asset is missing.</summary>
    Drop = 2,

    /// <summary>Carry the last price forward over interior gaps; dates before an asset's first price are dropped.</summary>
    ForwardFill = 3,

    /// <summary>Keep gaps: each statistic uses the observations available for its assets, as pandas does for ragged histories.</summary>
    Pairwise = 4,
}
