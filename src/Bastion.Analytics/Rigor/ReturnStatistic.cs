namespace Bastion.Analytics.Rigor;

/// <summary>A statistic of a return sample (e.g. an annualized Sharpe ratio), bootstrapped by <see cref="BootstrapConfidence"/>.</summary>
/// <param name="returns">A resampled series of simple returns.</param>
public delegate double ReturnStatistic(ReadOnlySpan<double> returns);
