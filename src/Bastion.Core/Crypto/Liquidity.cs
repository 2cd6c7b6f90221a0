namespace Bastion.Core.Crypto;

/// <summary>Whether an order added liquidity to the book or took it.</summary>
public enum Liquidity
{
    /// <summary>A resting order that was filled by someone else (usually the lower fee, sometimes a rebate).</summary>
    Maker = 1,

    /// <summary>An order that filled against resting orders.</summary>
    Taker = 2,
}
