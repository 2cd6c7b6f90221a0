namespace Bastion.Risk.VaR;

/// <summary>
/// A value-at-risk and expected-shortfall pair, both reported as positive losses (a loss of 2% is 0.02; a loss of
/// 1,000 in currency is 1000). Units follow the input: fractions for a return series, currency for positions.
/// </summary>
/// <param name="ValueAtRisk">The loss not exceeded with probability <paramref name="Confidence"/> over the horizon: −q₁₋c of the P&amp;L.</param>
/// <param name="ExpectedShortfall">The mean loss in the tail beyond the VaR (conditional VaR); always ≥ the VaR for the estimators here.</param>
/// <param name="Confidence">The confidence level c in (0, 1), e.g. 0.99.</param>
/// <param name="HorizonDays">The horizon in trading days the figures apply to.</param>
public readonly record struct RiskEstimate(double ValueAtRisk, double ExpectedShortfall, double Confidence, int HorizonDays)
{
    /// <summary>Scales both figures by √<paramref name="horizonDays"/> (square-root-of-time rule, zero-drift: the Basel convention).</summary>
    public RiskEstimate ScaleBySquareRootOfTime(int horizonDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        double f = Math.Sqrt(horizonDays);
        return new RiskEstimate(ValueAtRisk * f, ExpectedShortfall * f, Confidence, HorizonDays * horizonDays);
    }
}
