namespace Bastion.Portfolio.Optimization;

/// <summary>Posterior estimates of the Black–Litterman model, annualized like the inputs.</summary>
/// <param name="Symbols">Asset names.</param>
/// <param name="Prior">Prior expected returns Π.</param>
/// <param name="PosteriorReturns">Posterior expected returns.</param>
/// <param name="PosteriorCovariance">Posterior covariance Σ + M (He and Litterman, 2002).</param>
/// <param name="OmegaDiagonal">View uncertainties (diagonal of Ω), one per view.</param>
/// <param name="ImpliedWeights">Unconstrained weights (δΣ)⁻¹ E[R], normalized to sum to one (PyPortfolioOpt <c>bl_weights</c>).</param>
public sealed record BlackLittermanResult(
    IReadOnlyList<string> Symbols,
    IReadOnlyList<double> Prior,
    IReadOnlyList<double> PosteriorReturns,
    double[,] PosteriorCovariance,
    IReadOnlyList<double> OmegaDiagonal,
    IReadOnlyList<double> ImpliedWeights);
