namespace Bastion.Numerics.Regression;

/// <summary>Which coefficient covariance an OLS fit reports (statsmodels' <c>cov_type</c>).</summary>
public enum OlsCovariance
{
    /// <summary>Classical σ²(XᵀX)⁻¹ with σ² = RSS/(n − k); t-distribution p-values (statsmodels <c>nonrobust</c>).</summary>
    Classical = 1,

    /// <summary>
    /// Newey–West HAC with Bartlett weights 1 − l/(L+1), l = 1..L (statsmodels <c>cov_type='HAC'</c>; its default
    /// <c>use_correction=False</c> applies no n/(n − k) factor); normal p-values, as statsmodels' default <c>use_t=False</c>.
    /// </summary>
    NeweyWest = 2,
}
