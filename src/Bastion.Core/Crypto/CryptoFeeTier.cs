namespace Bastion.Core.Crypto;

/// <summary>One tier of a volume-based fee schedule.</summary>
/// <param name="MinVolume">Trailing (usually 30-day) traded notional, in the schedule's currency, from which the tier applies.</param>
/// <param name="MakerBps">Maker fee in basis points of notional (1 bp = 0.01%); negative is a rebate.</param>
/// <param name="TakerBps">Taker fee in basis points of notional.</param>
public readonly record struct CryptoFeeTier(decimal MinVolume, decimal MakerBps, decimal TakerBps);
