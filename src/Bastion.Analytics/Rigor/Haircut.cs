namespace Bastion.Analytics.Rigor;

/// <summary>A haircut Sharpe ratio.</summary>
/// <param name="Sharpe">Annualized Sharpe ratio as observed.</param>
/// <param name="HaircutSharpe">Annualized Sharpe ratio implied by the adjusted p-value.</param>
/// <param name="Reduction">1 − haircut / observed: the fraction of the Sharpe ratio taken away (0.4 = 40%).</param>
/// <param name="PValue">Two-sided p-value of the single test.</param>
/// <param name="AdjustedPValue">p-value after the multiple-testing adjustment.</param>
/// <param name="Trials">Number of tests in the family.</param>
/// <param name="Method">Adjustment used.</param>
public sealed record Haircut(double Sharpe, double HaircutSharpe, double Reduction, double PValue, double AdjustedPValue, int Trials, MultipleTestingMethod Method);
