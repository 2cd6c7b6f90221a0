namespace Bastion.Analytics.Attribution;

/// <summary>How single-period effects are linked over several periods so they add up to the compounded active return.</summary>
public enum LinkingMethod
{
    /// <summary>
    /// Cariño (1999), "Combining attribution effects over time", J. of Performance Measurement 3(4): each period's
    /// effects are scaled by k_t / k, k_t = ln((1 + R_p,t)/(1 + R_b,t)) / (R_p,t − R_b,t),
    /// k = ln((1 + R_p)/(1 + R_b)) / (R_p − R_b) (k = 1/(1 + R) when the two returns are equal).
    /// </summary>
    Carino = 1,

    /// <summary>
    /// Menchero (2000), "An optimized approach to linking attribution effects over time", J. of Performance
    /// Measurement 5(1): each period's effects are scaled by M + α_t with
    /// M = ((R_p − R_b)/T) / ((1 + R_p)^(1/T) − (1 + R_b)^(1/T)) and
    /// α_t = (R_p − R_b − M Σ a_s)·a_t / Σ a_s², a_t = R_p,t − R_b,t.
    /// </summary>
    Menchero = 2,
}
