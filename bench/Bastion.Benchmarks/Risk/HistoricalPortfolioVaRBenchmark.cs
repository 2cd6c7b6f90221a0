using BenchmarkDotNet.Attributes;
using Bastion.Numerics.Random;
using Bastion.Numerics.Statistics;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Benchmarks.Risk;

/// <summary>Historical VaR and ES of a 500-position portfolio over 2,500 scenarios: full revaluation (SIMD matrix-vector) plus O(n) selection.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class HistoricalPortfolioVaRBenchmark
{
    private const int Scenarios = 2500;
    private const int Positions = 500;
    private readonly double[] _returns = new double[Scenarios * Positions];
    private readonly double[] _positions = new double[Positions];
    private readonly double[] _pnl = new double[Scenarios];
    private readonly double[] _scratch = new double[Scenarios];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new RandomStream(2026);
        for (int i = 0; i < _returns.Length; i++)
        {
            _returns[i] = 0.015 * rng.NextGaussian();
        }

        for (int i = 0; i < Positions; i++)
        {
            _positions[i] = 1_000_000 * (rng.NextDouble() - 0.3);
        }
    }

    [Benchmark]
    public RiskEstimate VaRAndES99() => PortfolioHistoricalRisk.Estimate(_returns, _positions, 0.99, QuantileMethod.Linear, _pnl, _scratch);

    [Benchmark]
    public RiskDecomposition DecomposeWithIncremental() => PortfolioHistoricalRisk.Decompose(_returns, _positions, 0.99);
}
