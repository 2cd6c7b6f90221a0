namespace Bastion.Portfolio.Rebalancing;

/// <summary>Calendar trigger: rebalance on the first decision date of each new period.</summary>
public enum RebalanceCalendar
{
    /// <summary>No calendar trigger.</summary>
    None = 0,

    /// <summary>First decision of each ISO week.</summary>
    Weekly = 1,

    /// <summary>First decision of each month.</summary>
    Monthly = 2,

    /// <summary>First decision of each quarter.</summary>
    Quarterly = 3,
}
