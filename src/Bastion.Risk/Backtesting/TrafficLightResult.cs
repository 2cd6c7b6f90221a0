namespace Bastion.Risk.Backtesting;

/// <summary>A Basel traffic-light classification.</summary>
/// <param name="Observations">N, the number of days backtested.</param>
/// <param name="Exceptions">x, the number of days the loss exceeded the VaR.</param>
/// <param name="Probability">p, the expected exception probability (1 − VaR confidence).</param>
/// <param name="CumulativeProbability">P(X ≤ x) for X ~ Binomial(N, p).</param>
/// <param name="Zone">Green, yellow or red by the 95% / 99.99% cut-offs.</param>
/// <param name="PlusFactor">
/// The addition to the capital multiplier from the Basel (1996) table for 250 observations at 99%: 0 for 0–4 exceptions,
/// 0.40, 0.50, 0.65, 0.75, 0.85 for 5–9, 1.00 for 10 or more. NaN for any other N or p (the table is defined only there).
/// </param>
public readonly record struct TrafficLightResult(int Observations, int Exceptions, double Probability, double CumulativeProbability, TrafficLightZone Zone, double PlusFactor);
