namespace Bastion.Analytics.Attribution;

/// <summary>A regression coefficient with its (Newey–West) standard error, t-statistic and two-sided normal p-value.</summary>
/// <param name="Estimate">The coefficient.</param>
/// <param name="StandardError">Its HAC standard error.</param>
/// <param name="TStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided p-value from the standard normal (statsmodels' HAC default <c>use_t=False</c>).</param>
public readonly record struct Coefficient(double Estimate, double StandardError, double TStatistic, double PValue);
