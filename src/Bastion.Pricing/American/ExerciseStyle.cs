namespace Bastion.Pricing.American;

/// <summary>When the option may be exercised.</summary>
public enum ExerciseStyle
{
    /// <summary>At expiry only.</summary>
    European,

    /// <summary>At any time up to and including expiry.</summary>
    American,
}
