using Bastion.Core.Instruments;

namespace Bastion.Engine.Costs;

/// <summary>Commission as basis points of notional: |quantity| × price × multiplier × bps / 10 000.</summary>
public sealed class BasisPointsCommission : ICommissionModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="basisPoints">Commission in basis points of notional (1 bp = 0.01%).</param>
    public BasisPointsCommission(decimal basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        BasisPoints = basisPoints;
    }

    /// <summary>Basis points of notional.</summary>
    public decimal BasisPoints { get; }

    /// <inheritdoc />
    public decimal Commission(Instrument instrument, decimal quantity, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Notional(quantity, price) * BasisPoints / 10_000m;
    }
}
