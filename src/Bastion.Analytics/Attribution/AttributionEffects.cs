namespace Bastion.Analytics.Attribution;

/// <summary>Brinson–Fachler effects of one sector (or the total), as fractions of portfolio value (0.001 = 10 bp).</summary>
/// <param name="Sector">Sector name, or <c>Total</c>.</param>
/// <param name="Allocation">(w_p,i − w_b,i)(R_b,i − R_b).</param>
/// <param name="Selection">w_b,i (R_p,i − R_b,i).</param>
/// <param name="Interaction">(w_p,i − w_b,i)(R_p,i − R_b,i).</param>
public readonly record struct AttributionEffects(string Sector, double Allocation, double Selection, double Interaction)
{
    /// <summary>Allocation + selection + interaction: the sector's contribution to the active return.</summary>
    public double Total => Allocation + Selection + Interaction;
}
