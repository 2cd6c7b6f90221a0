using Bastion.Core.Instruments;

namespace Bastion.Engine.Costs;

/// <summary>A flat fee per contract (futures, options): quantity × perContract.</summary>
public sealed class PerContractCommission : ICommissionModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="perContract">Commission per contract, in the quote currency.</param>
    public PerContractCommission(decimal perContract)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perContract);
        PerContract = perContract;
    }

    /// <summary>Commission per contract.</summary>
    public decimal PerContract { get; }

    /// <inheritdoc />
    public decimal Commission(Instrument instrument, decimal quantity, decimal price) => quantity * PerContract;
}
