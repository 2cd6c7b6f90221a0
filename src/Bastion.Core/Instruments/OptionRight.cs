namespace Bastion.Core.Instruments;

/// <summary>Call or put.</summary>
public enum OptionRight
{
    /// <summary>The right to buy the underlying at the strike.</summary>
    Call = 1,

    /// <summary>The right to sell the underlying at the strike.</summary>
    Put = 2,
}
