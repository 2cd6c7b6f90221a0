namespace Bastion.Portfolio.Optimization;

/// <summary>
/// A Black–Litterman view. Absolute (<see cref="Versus"/> null): "<see cref="Asset"/> will return <see cref="Value"/>";
/// relative: "<see cref="Asset"/> will outperform <see cref="Versus"/> by <see cref="Value"/>". Annual simple returns.
/// </summary>
/// <param name="Asset">The asset the view is on.</param>
/// <param name="Versus">The asset it is compared with, for a relative view.</param>
/// <param name="Value">Expected return (absolute) or outperformance (relative), annualized.</param>
/// <param name="Confidence">Idzorek confidence in [0, 1] (1 = certain), used when omega is built by Idzorek's method.</param>
public sealed record BlackLittermanView(string Asset, string? Versus, double Value, double? Confidence = null);
