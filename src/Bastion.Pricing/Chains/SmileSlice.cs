namespace Bastion.Pricing.Chains;

/// <summary>The implied-volatility smile of one expiry, points ordered by strike then type.</summary>
/// <param name="Expiry">Expiry date.</param>
/// <param name="Years">Time to expiry in years (Actual/365 days from the valuation date).</param>
/// <param name="Points">The solved quotes.</param>
public sealed record SmileSlice(DateOnly Expiry, double Years, IReadOnlyList<SmilePoint> Points);
