namespace Bastion.Risk.Limits;

/// <summary>The outcome of one limit check.</summary>
public enum LimitStatus
{
    /// <summary>Below the warning level.</summary>
    Pass = 1,

    /// <summary>At or above the warning level (a fraction of the limit), not above the limit.</summary>
    Warn = 2,

    /// <summary>Above the limit.</summary>
    Breach = 3,
}
