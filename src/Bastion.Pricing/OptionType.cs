namespace Bastion.Pricing;

/// <summary>Call or put.</summary>
public enum OptionType : byte
{
    /// <summary>The right to buy at the strike.</summary>
    Call = 0,

    /// <summary>The right to sell at the strike.</summary>
    Put = 1,
}
