namespace Bastion.Portfolio.Optimization;

/// <summary>One point of the efficient frontier.</summary>
/// <param name="ExpectedReturn">Annual expected return μᵀw.</param>
/// <param name="Volatility">Annual volatility √(wᵀΣw).</param>
/// <param name="Weights">Weights aligned with the inputs' symbols.</param>
public sealed record FrontierPoint(double ExpectedReturn, double Volatility, IReadOnlyList<double> Weights);
