namespace Bastion.Core.Orders;

/// <summary>Where an order is in its life. Terminal states are <see cref="Filled"/>, <see cref="Cancelled"/>, <see cref="Expired"/> and <see cref="Rejected"/>.</summary>
public enum OrderStatus
{
    /// <summary>Received, not yet checked.</summary>
    Submitted = 1,

    /// <summary>Checked and working.</summary>
    Accepted = 2,

    /// <summary>Working, part of the quantity filled.</summary>
    PartiallyFilled = 3,

    /// <summary>All of the quantity filled (terminal).</summary>
    Filled = 4,

    /// <summary>Cancelled before it was completely filled (terminal).</summary>
    Cancelled = 5,

    /// <summary>Its time in force ran out (terminal).</summary>
    Expired = 6,

    /// <summary>Refused at submission, with a reason (terminal).</summary>
    Rejected = 7,
}
