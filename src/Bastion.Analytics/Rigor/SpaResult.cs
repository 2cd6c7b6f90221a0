namespace Bastion.Analytics.Rigor;

/// <summary>Outcome of <see cref="SuperiorPredictiveAbility.Test"/>.</summary>
/// <param name="RealityCheckStatistic">White's statistic max_k √n·d̄ₖ.</param>
/// <param name="RealityCheckPValue">Bootstrap p-value of the Reality Check.</param>
/// <param name="SpaStatistic">Hansen's studentized statistic max(max_k √n·d̄ₖ/ω̂ₖ, 0).</param>
/// <param name="SpaLowerPValue">SPA p-value with the lower recentring (liberal).</param>
/// <param name="SpaConsistentPValue">SPA p-value with the consistent recentring (Hansen's recommended value).</param>
/// <param name="SpaUpperPValue">SPA p-value with the upper recentring (conservative).</param>
/// <param name="Replications">Bootstrap replications.</param>
/// <param name="BlockLength">Mean block length of the stationary bootstrap.</param>
public sealed record SpaResult(double RealityCheckStatistic, double RealityCheckPValue, double SpaStatistic, double SpaLowerPValue, double SpaConsistentPValue, double SpaUpperPValue, int Replications, double BlockLength)
{
    /// <summary>Mean loss difference d̄ₖ = mean(L₀ − Lₖ) of each model, per period, in the units of the losses (positive = better than the benchmark).</summary>
    public IReadOnlyList<double> MeanDifferences { get; init; } = [];

    /// <summary>ω̂ₖ: the bootstrap standard deviation of √n·d̄ₖ of each model (0 when dₖ is constant).</summary>
    public IReadOnlyList<double> StandardDeviations { get; init; } = [];

    /// <summary>Index of the model with the largest studentized statistic √n·d̄ₖ/ω̂ₖ (the one behind <see cref="SpaStatistic"/> when it is positive).</summary>
    public int BestModel { get; init; }
}
