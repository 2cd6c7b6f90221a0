namespace Bastion.Analytics.Rigor;

/// <summary>A deflated Sharpe ratio with the inputs that produced its threshold.</summary>
/// <param name="Probability">DSR: probability that the true per-period Sharpe ratio exceeds <paramref name="ExpectedMaximumSharpe"/>.</param>
/// <param name="ExpectedMaximumSharpe">SR₀, the expected maximum per-period Sharpe ratio of the trials under the null.</param>
/// <param name="Trials">Number of trials N.</param>
/// <param name="TrialVariance">Variance of the per-period trial Sharpe ratios.</param>
public sealed record DeflatedSharpe(double Probability, double ExpectedMaximumSharpe, int Trials, double TrialVariance);
