namespace Bastion.Pricing.Portfolio;

/// <summary>A holding of one option: its underlying, its Greeks per unit, and how many units it represents.</summary>
/// <param name="Underlying">Underlying identifier (e.g. "SPY"); Greeks aggregate per underlying.</param>
/// <param name="Spot">Underlying price used for dollar delta and dollar gamma.</param>
/// <param name="Greeks">Greeks per unit of underlying (from any model).</param>
/// <param name="Quantity">Contracts held, negative when short.</param>
/// <param name="Multiplier">Units of underlying per contract (100 for US equity options).</param>
public sealed record OptionPosition(string Underlying, double Spot, OptionGreeks Greeks, double Quantity, double Multiplier);
