namespace Bastion.Analytics.Rigor;

/// <summary>A percentile bootstrap confidence interval.</summary>
/// <param name="Estimate">The statistic on the original sample.</param>
/// <param name="Lower">Lower bound: the (1 − confidence)/2 quantile of the bootstrap distribution.</param>
/// <param name="Upper">Upper bound: the (1 + confidence)/2 quantile.</param>
/// <param name="StandardError">Standard deviation (ddof = 1) of the bootstrap replicates.</param>
/// <param name="Confidence">Confidence level, e.g. 0.95.</param>
/// <param name="Replications">Replicates with a finite statistic.</param>
/// <param name="BlockLength">(Mean) block length used.</param>
/// <param name="Method">Resampling scheme.</param>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double StandardError, double Confidence, int Replications, double BlockLength, BlockBootstrapMethod Method);
