using Bastion.Core.Instruments;

namespace Bastion.Engine.Costs;

/// <summary>
/// Commission charged on one fill. Implementations are immutable and thread-safe. The result is a positive cost in
/// the instrument's quote currency.
/// </summary>
public interface ICommissionModel
{
    /// <summary>Commission for filling <paramref name="quantity"/> (positive) of <paramref name="instrument"/> at <paramref name="price"/>.</summary>
    decimal Commission(Instrument instrument, decimal quantity, decimal price);
}
