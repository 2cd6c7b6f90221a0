namespace Bastion.Core.Futures;

/// <summary>
/// The margin position of a futures holding. When equity falls below the maintenance requirement the account gets a
/// margin call for the amount that restores it to the initial requirement (exchange practice, e.g. CME Group).
/// </summary>
/// <param name="Equity">Account equity backing the position (cash plus open profit and loss), in the contract currency.</param>
/// <param name="InitialRequirement">Initial margin × |contracts|.</param>
/// <param name="MaintenanceRequirement">Maintenance margin × |contracts|.</param>
/// <param name="IsMarginCall">True when <paramref name="Equity"/> is below <paramref name="MaintenanceRequirement"/>.</param>
/// <param name="CallAmount">Deposit needed to restore the initial requirement when called; 0 otherwise.</param>
/// <param name="Excess">Equity above the initial requirement (negative when below).</param>
public readonly record struct MarginStatus(decimal Equity, decimal InitialRequirement, decimal MaintenanceRequirement, bool IsMarginCall, decimal CallAmount, decimal Excess);
