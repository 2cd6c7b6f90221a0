using Bastion.Core.Instruments;

namespace Bastion.Engine.Costs;

/// <summary>
/// A fee per unit with a minimum per order and a cap as a fraction of the order's notional, the way Interactive
/// Brokers' fixed tier charges US stocks (0.005 USD per share, at least 1.00 USD, at most 1% of trade value):
/// commission = min(max(quantity × perShare, minimum), maximumFraction × notional). The cap wins over the minimum.
/// </summary>
public sealed class PerShareCommission : ICommissionModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="perShare">Commission per unit, in the quote currency.</param>
    /// <param name="minimum">Minimum per order, in the quote currency.</param>
    /// <param name="maximumFractionOfNotional">Cap as a fraction of notional (0.01 = 1%); null for no cap.</param>
    public PerShareCommission(decimal perShare, decimal minimum = 0m, decimal? maximumFractionOfNotional = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perShare);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        if (maximumFractionOfNotional is decimal cap)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap, nameof(maximumFractionOfNotional));
        }

        PerShare = perShare;
        Minimum = minimum;
        MaximumFractionOfNotional = maximumFractionOfNotional;
    }

    /// <summary>Interactive Brokers' fixed US-stock rate: 0.005 per share, minimum 1.00, maximum 1% of trade value.</summary>
    public static PerShareCommission InteractiveBrokersFixed { get; } = new(0.005m, 1m, 0.01m);

    /// <summary>Commission per unit.</summary>
    public decimal PerShare { get; }

    /// <summary>Minimum per order.</summary>
    public decimal Minimum { get; }

    /// <summary>Cap as a fraction of notional, or null.</summary>
    public decimal? MaximumFractionOfNotional { get; }

    /// <inheritdoc />
    public decimal Commission(Instrument instrument, decimal quantity, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        decimal fee = Math.Max(quantity * PerShare, Minimum);
        if (MaximumFractionOfNotional is decimal cap)
        {
            fee = Math.Min(fee, cap * instrument.Notional(quantity, price));
        }

        return fee;
    }
}
