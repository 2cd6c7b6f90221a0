namespace Bastion.Risk.Regimes;

/// <summary>The Ljung–Box portmanteau statistic up to one lag.</summary>
/// <param name="Lag">Highest lag h included.</param>
/// <param name="Statistic">Q = n(n + 2) Σₖ₌₁ʰ ρ̂ₖ² / (n − k).</param>
/// <param name="PValue">P(χ²ₕ &gt; Q): small values reject "no autocorrelation up to lag h".</param>
public readonly record struct LjungBoxResult(int Lag, double Statistic, double PValue);
