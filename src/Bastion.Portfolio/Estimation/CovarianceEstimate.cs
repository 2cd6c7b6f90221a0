namespace Bastion.Portfolio.Estimation;

/// <summary>
/// An annualized covariance matrix and how it was obtained. <see cref="ShrinkageIntensity"/> is set by shrinkage
/// estimators (0 = sample, 1 = target); <see cref="FactorCount"/> by factor models (and by denoising: the signal
/// eigenvalues kept), with <see cref="ExplainedVariance"/> or <see cref="NoiseEdge"/>.
/// </summary>
/// <param name="Method">Estimator name as the CLI spells it (<c>ledoit-wolf</c>, ...).</param>
/// <param name="Symbols">Asset names in matrix order.</param>
/// <param name="Matrix">Annualized covariance, symmetric.</param>
/// <param name="Frequency">Periods per year used to annualize.</param>
/// <param name="ShrinkageIntensity">Weight on the shrinkage target in [0, 1], when the estimator shrinks.</param>
/// <param name="FactorCount">Number of factors kept, for factor models; number of signal eigenvalues, for denoising.</param>
/// <param name="Repair">What was done to make a non-positive-semidefinite estimate usable, or null when nothing was needed. Only pairwise
/// estimates from ragged histories can be indefinite; complete-data estimates are Gram matrices (or shrink one towards a
/// positive definite target) and are positive semidefinite by construction.</param>
/// <param name="ExplainedVariance">Share of the decomposed matrix's trace (total variance, or N for a correlation
/// matrix) carried by the kept factors, in [0, 1]; factor models only.</param>
/// <param name="NoiseEdge">λ₊, the largest correlation eigenvalue the fitted Marchenko–Pastur law explains as noise
/// (unitless, correlation scale); random-matrix denoising only.</param>
public sealed record CovarianceEstimate(
    string Method,
    IReadOnlyList<string> Symbols,
    double[,] Matrix,
    int Frequency,
    double? ShrinkageIntensity = null,
    int? FactorCount = null,
    string? Repair = null,
    double? ExplainedVariance = null,
    double? NoiseEdge = null);
