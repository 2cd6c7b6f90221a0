namespace Bastion.Analytics.Rigor;

/// <summary>Outcome of <see cref="SignTest"/>.</summary>
/// <param name="Positive">Periods with a positive return.</param>
/// <param name="Negative">Periods with a negative return.</param>
/// <param name="Zero">Periods with a zero return (discarded).</param>
/// <param name="PValue">Two-sided p-value; NaN when every return is zero.</param>
/// <param name="PValueGreater">One-sided p-value for "more positive than negative periods".</param>
public sealed record SignTestResult(int Positive, int Negative, int Zero, double PValue, double PValueGreater);
