namespace Bastion.Core.Crypto;

/// <summary>
/// A maker/taker fee schedule in basis points of traded notional, tiered by trailing traded volume the way crypto
/// venues publish them. Fees are charged in the quote currency: fee = |quantity × price| × bps / 10,000. Immutable.
/// </summary>
public sealed class CryptoFeeSchedule
{
    private readonly CryptoFeeTier[] _tiers;

    /// <summary>Creates a schedule from its tiers (any order).</summary>
    /// <exception cref="ArgumentException">No tiers; no tier starting at volume 0; two tiers with the same start; a negative taker fee,
    /// a maker rebate larger than the taker fee, or a fee above 10,000 bps.</exception>
    public CryptoFeeSchedule(IEnumerable<CryptoFeeTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        _tiers = [.. tiers.OrderBy(t => t.MinVolume)];
        if (_tiers.Length == 0 || _tiers[0].MinVolume != 0m)
        {
            throw new ArgumentException("a fee schedule needs a tier starting at volume 0", nameof(tiers));
        }

        for (int i = 0; i < _tiers.Length; i++)
        {
            CryptoFeeTier t = _tiers[i];
            if (t.TakerBps < 0m || t.TakerBps > 10_000m || t.MakerBps > 10_000m || t.MakerBps < -t.TakerBps)
            {
                throw new ArgumentException($"tier from volume {t.MinVolume}: taker fee must be 0–10000 bps and a maker rebate no larger than the taker fee (maker {t.MakerBps}, taker {t.TakerBps})", nameof(tiers));
            }

            if (i > 0 && t.MinVolume == _tiers[i - 1].MinVolume)
            {
                throw new ArgumentException($"two tiers start at volume {t.MinVolume}", nameof(tiers));
            }
        }
    }

    /// <summary>A single-tier schedule.</summary>
    public static CryptoFeeSchedule Flat(decimal makerBps, decimal takerBps) => new([new CryptoFeeTier(0m, makerBps, takerBps)]);

    /// <summary>The tiers in increasing volume order.</summary>
    public IReadOnlyList<CryptoFeeTier> Tiers => _tiers;

    /// <summary>The tier that applies at <paramref name="trailingVolume"/> (the highest tier whose minimum it reaches).</summary>
    public CryptoFeeTier TierFor(decimal trailingVolume)
    {
        CryptoFeeTier tier = _tiers[0];
        foreach (CryptoFeeTier t in _tiers)
        {
            if (trailingVolume >= t.MinVolume)
            {
                tier = t;
            }
        }

        return tier;
    }

    /// <summary>The fee rate in basis points for a fill.</summary>
    public decimal RateBps(Liquidity liquidity, decimal trailingVolume = 0m)
    {
        CryptoFeeTier tier = TierFor(trailingVolume);
        return liquidity switch
        {
            Liquidity.Maker => tier.MakerBps,
            Liquidity.Taker => tier.TakerBps,
            _ => throw new ArgumentOutOfRangeException(nameof(liquidity), liquidity, "liquidity must be Maker or Taker"),
        };
    }

    /// <summary>
    /// The fee of a fill in quote currency: |<paramref name="quantity"/> × <paramref name="price"/>| × bps / 10,000
    /// (negative for a maker rebate). Not rounded; venues round to their quote precision.
    /// </summary>
    public decimal Fee(decimal quantity, decimal price, Liquidity liquidity, decimal trailingVolume = 0m)
        => Math.Abs(quantity * price) * RateBps(liquidity, trailingVolume) / 10_000m;
}
