namespace Bastion.Risk.Regimes;

/// <summary>Engle's (1982) ARCH Lagrange-multiplier test.</summary>
/// <param name="Lags">Number q of lagged squared values in the auxiliary regression.</param>
/// <param name="Statistic">LM = (n − q) R² of the regression of eₜ² on 1, eₜ₋₁², …, eₜ₋q².</param>
/// <param name="PValue">P(χ²_q &gt; LM): small values reject "no ARCH effects".</param>
/// <param name="FStatistic">The regression's F statistic (R²/q) / ((1 − R²)/(n − 2q − 1)).</param>
/// <param name="FPValue">P(F(q, n − 2q − 1) &gt; F).</param>
public readonly record struct ArchLmResult(int Lags, double Statistic, double PValue, double FStatistic, double FPValue);
