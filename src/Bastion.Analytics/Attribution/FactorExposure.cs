namespace Bastion.Analytics.Attribution;

/// <summary>One factor's loading and its contribution to the strategy's mean excess return.</summary>
/// <param name="Factor">Factor name (e.g. <c>Mkt-RF</c>).</param>
/// <param name="Beta">The loading β with its HAC standard error.</param>
/// <param name="MeanFactorReturn">Mean factor return per period (fraction).</param>
/// <param name="Contribution">β × mean factor return, per period (fraction).</param>
/// <param name="AnnualContribution"><paramref name="Contribution"/> × periods per year (arithmetic annualization).</param>
public sealed record FactorExposure(string Factor, Coefficient Beta, double MeanFactorReturn, double Contribution, double AnnualContribution);
