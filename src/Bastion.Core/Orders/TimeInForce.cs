namespace Bastion.Core.Orders;

/// <summary>How long an order stays working.</summary>
public enum TimeInForce
{
    /// <summary>Expires at the end of the session it was submitted in.</summary>
    Day = 1,

    /// <summary>Good till cancelled.</summary>
    GoodTillCanceled = 2,

    /// <summary>Immediate or cancel: fill what can be filled now, cancel the rest.</summary>
    ImmediateOrCancel = 3,

    /// <summary>Fill or kill: fill all of it now, or none.</summary>
    FillOrKill = 4,

    /// <summary>Good till a given date and time.</summary>
    GoodTillDate = 5,
}
