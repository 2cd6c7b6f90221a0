using BenchmarkDotNet.Attributes;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Benchmarks.Portfolio;

/// <summary>
/// Solver-based optimizers for 500 assets from 1,000 daily returns of a seeded one-factor model (targets: estimation plus
/// long-only min-volatility under 25 ms; max-Sharpe and efficient-risk under 150 ms).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class OptimizerBenchmarks
{
    private ReturnPanel _returns = null!;
    private OptimizationInputs _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _returns = CovarianceBenchmarks.FactorReturns(1000, 500, 44);
        CovarianceEstimate cov = new SampleCovariance().Estimate(_returns);
        double[] mu = new double[500];
        for (int i = 0; i < mu.Length; i++)
        {
            mu[i] = 0.02 + (0.2 * i / mu.Length);
        }

        _inputs = new OptimizationInputs { Symbols = cov.Symbols, ExpectedReturns = mu, Covariance = cov.Matrix, RiskFreeRate = 0.01, TargetVolatility = 0.2 };
    }

    [Benchmark(Description = "Sample covariance + min-volatility, 500 assets")]
    public PortfolioAllocation EstimateAndMinVolatility() =>
        MeanVarianceOptimizers.MinVolatility(_inputs with { Covariance = new SampleCovariance().Estimate(_returns).Matrix });

    [Benchmark(Description = "min-volatility, 500 assets (covariance given)")]
    public PortfolioAllocation MinVolatility() => MeanVarianceOptimizers.MinVolatility(_inputs);

    [Benchmark(Description = "max-sharpe, 500 assets")]
    public PortfolioAllocation MaxSharpe() => RatioOptimizers.MaxSharpe(_inputs);

    [Benchmark(Description = "efficient-risk, 500 assets")]
    public PortfolioAllocation EfficientRisk() => MeanVarianceOptimizers.EfficientRisk(_inputs);

    [Benchmark(Description = "efficient-risk, 500 assets, cone program (the path before the critical-line walk)")]
    public PortfolioAllocation EfficientRiskCone() => MeanVarianceOptimizers.EfficientRiskCone(_inputs, 0.2);
}
