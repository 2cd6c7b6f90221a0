namespace Bastion.Risk.Regimes;

/// <summary>What a Gaussian HMM says about each date of a return series at given parameters.</summary>
/// <param name="LogLikelihood">ln L of the whole series (all constants included).</param>
/// <param name="Filtered">P(sₜ = k | r₁..ₜ), T×K: what was knowable at date t.</param>
/// <param name="Smoothed">P(sₜ = k | r₁..T), T×K: with hindsight.</param>
/// <param name="ViterbiPath">The single most likely state sequence (ties to the lower state).</param>
public sealed record RegimeDecoding(double LogLikelihood, double[,] Filtered, double[,] Smoothed, int[] ViterbiPath);
