using Bastion.Core.Instruments;

namespace Bastion.Engine.Costs;

/// <summary>Trading is free.</summary>
public sealed class NoCommission : ICommissionModel
{
    /// <summary>The one instance.</summary>
    public static NoCommission Instance { get; } = new();

    /// <inheritdoc />
    public decimal Commission(Instrument instrument, decimal quantity, decimal price) => 0m;
}
