using Bastion.Numerics.Random;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>Every Optimal result honours every constraint; infeasible constraint sets are reported, with the conflicting group named.</summary>
public sealed class OptimizerConstraintTests
{
    private const double Tolerance = 1e-8;

    private static readonly string[] s_methods =
        ["min-volatility", "efficient-return", "max-quadratic-utility", "efficient-risk", "max-sharpe", "max-diversification", "robust-mean-variance", "min-cvar", "efficient-cvar"];

    [Fact]
    public void Optimize_RandomInputs_OptimalResultsSatisfyEveryConstraint()
    {
        int optimal = 0, total = 0;
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            OptimizationInputs inputs = RandomInputs((ulong)seed);
            foreach (string method in s_methods)
            {
                PortfolioAllocation a = PortfolioOptimizers.Run(method, inputs);
                total++;
                if (a.Status == OptimizationStatus.Optimal)
                {
                    optimal++;
                    AssertFeasible(inputs, method, a.Weights);
                }
                else
                {
                    Assert.Empty(a.Weights);
                    Assert.False(string.IsNullOrEmpty(a.Reason));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));

        // Most random problems are feasible; the property must not pass vacuously.
        Assert.True(optimal > total / 2, $"only {optimal} of {total} solves were optimal");
    }

    [Fact]
    public void Optimize_RandomInputs_MinVolatilityIsAlwaysFeasibleForLooseBounds()
    {
        // Long-only with hi ≥ 1/n and no other limits always admits equal weights, so the solver must find an optimum.
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            OptimizationInputs inputs = RandomInputs((ulong)seed) with { Sectors = null, SectorLimits = null, MaxTurnover = null, MaxTrackingError = null, LowerBound = 0, UpperBound = 1 };
            PortfolioAllocation a = MeanVarianceOptimizers.MinVolatility(inputs);
            Assert.Equal(OptimizationStatus.Optimal, a.Status);
            AssertFeasible(inputs, "min-volatility", a.Weights);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(50));
    }

    [Fact]
    public void Optimize_BoundsThatCannotSumToOne_ReturnsInfeasibleNamingBounds()
    {
        OptimizationInputs inputs = OptimizerReference.LongOnly() with { UpperBound = 0.05 };

        PortfolioAllocation a = PortfolioOptimizers.Run("min-volatility", inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Empty(a.Weights);
        Assert.Contains("weight bounds", a.Reason, StringComparison.Ordinal);
        Assert.Contains("budget", a.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("efficient-return")]
    [InlineData("efficient-cvar")]
    public void Optimize_TargetAboveTheMaximum_ReturnsInfeasibleNamingTheTarget(string method)
    {
        OptimizationInputs inputs = OptimizerReference.LongOnly() with { TargetReturn = 0.9 };

        PortfolioAllocation a = PortfolioOptimizers.Run(method, inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("target return", a.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sector limits", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_ContradictorySectorLimits_ReturnsInfeasibleNamingSectors()
    {
        OptimizationInputs inputs = OptimizerReference.LongOnly() with
        {
            Sectors = new Dictionary<string, string> { ["GOOG"] = "Tech", ["AAPL"] = "Tech", ["BAC"] = "Financials", ["GE"] = "Industrials" },
            SectorLimits = new Dictionary<string, (double, double)> { ["Tech"] = (0.7, 1), ["Financials"] = (0.5, 1) },
        };

        foreach (string method in new[] { "min-volatility", "max-sharpe", "max-diversification", "min-cvar" })
        {
            PortfolioAllocation a = PortfolioOptimizers.Run(method, inputs);
            Assert.Equal(OptimizationStatus.Infeasible, a.Status);
            Assert.Contains("sector limits", a.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Optimize_TurnoverTooSmallForSectorMinimum_NamesBothGroups()
    {
        // From equal weights (BAC at 1/12) a 5% turnover cannot lift the Financials sector to 30%.
        OptimizationInputs inputs = OptimizerReference.LongOnly() with
        {
            Sectors = new Dictionary<string, string> { ["BAC"] = "Financials" },
            SectorLimits = new Dictionary<string, (double, double)> { ["Financials"] = (0.3, 1) },
            CurrentWeights = [.. Enumerable.Repeat(1.0 / 12, 12)],
            MaxTurnover = 0.05,
        };

        PortfolioAllocation a = PortfolioOptimizers.Run("min-volatility", inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("sector limits", a.Reason, StringComparison.Ordinal);
        Assert.Contains("turnover limit", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxSharpe_NoAssetBeatsTheRiskFreeRate_ReturnsInfeasible()
    {
        OptimizationInputs inputs = OptimizerReference.LongOnly() with { RiskFreeRate = 0.8 };

        PortfolioAllocation a = RatioOptimizers.MaxSharpe(inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("excess return over the risk-free rate", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxSharpe_MarketNeutral_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RatioOptimizers.MaxSharpe(OptimizerReference.LongOnly() with { MarketNeutral = true, LowerBound = -1 }));
        Assert.Equal("inputs", ex.ParamName);
    }

    [Fact]
    public void MinVolatility_MarketNeutral_NetsToZero()
    {
        OptimizationInputs inputs = OptimizerReference.LongOnly() with { MarketNeutral = true, LowerBound = -0.3, UpperBound = 0.3, TargetReturn = 0.2 };

        PortfolioAllocation a = MeanVarianceOptimizers.EfficientReturn(inputs);

        Assert.Equal(OptimizationStatus.Optimal, a.Status);
        AssertFeasible(inputs, "efficient-return", a.Weights);
    }

    private static OptimizationInputs RandomInputs(ulong seed)
    {
        var rng = new RandomStream(seed);
        int n = 3 + rng.NextInt(6);
        int periods = 60;
        string[] symbols = [.. Enumerable.Range(0, n).Select(i => $"S{i}")];
        var returns = new double[periods, n];
        double[] vol = [.. Enumerable.Range(0, n).Select(_ => 0.005 + (0.02 * rng.NextDouble()))];
        for (int t = 0; t < periods; t++)
        {
            double market = rng.NextGaussian();
            for (int i = 0; i < n; i++)
            {
                returns[t, i] = (0.0005 * (i - 1)) + (vol[i] * ((0.6 * market) + (0.8 * rng.NextGaussian())));
            }
        }

        ReturnPanel panel = ReturnPanel.FromReturns(returns, symbols);
        double[,] cov = new SampleCovariance().Estimate(panel).Matrix;
        double[] mu = [.. Enumerable.Range(0, n).Select(_ => -0.05 + (0.3 * rng.NextDouble()))];
        double lo = rng.NextDouble() < 0.3 ? -0.2 : 0;
        double hi = (1.0 / n) + 0.05 + (rng.NextDouble() * 0.6);
        bool sectors = rng.NextDouble() < 0.5;
        bool turnover = rng.NextDouble() < 0.5;
        bool tracking = rng.NextDouble() < 0.3;
        double minRet = mu.Min(), maxRet = mu.Max();
        return new OptimizationInputs
        {
            Symbols = symbols,
            ExpectedReturns = mu,
            Covariance = cov,
            Returns = panel,
            RiskFreeRate = 0.01,
            LowerBound = lo,
            UpperBound = hi,
            TargetReturn = minRet + ((maxRet - minRet) * rng.NextDouble()),
            TargetVolatility = 0.05 + (0.3 * rng.NextDouble()),
            RiskAversion = 0.5 + (3 * rng.NextDouble()),
            L2Gamma = rng.NextDouble() < 0.3 ? 0.1 : 0,
            Sectors = sectors ? symbols.ToDictionary(s => s, s => s == "S0" || s == "S1" ? "A" : "B") : null,
            SectorLimits = sectors ? new Dictionary<string, (double, double)> { ["A"] = (0.1, 0.6) } : null,
            CurrentWeights = turnover ? [.. Enumerable.Repeat(1.0 / n, n)] : null,
            MaxTurnover = turnover ? 0.2 + rng.NextDouble() : null,
            BenchmarkWeights = tracking ? [.. Enumerable.Repeat(1.0 / n, n)] : null,
            MaxTrackingError = tracking ? 0.01 + (0.1 * rng.NextDouble()) : null,
        };
    }

    private static void AssertFeasible(OptimizationInputs inputs, string method, IReadOnlyList<double> w)
    {
        int n = inputs.Symbols.Count;
        Assert.Equal(n, w.Count);
        for (int i = 0; i < n; i++)
        {
            Assert.True(w[i] >= inputs.LowerBound - Tolerance && w[i] <= inputs.UpperBound + Tolerance, $"{method}: w[{i}] = {w[i]:R} outside [{inputs.LowerBound}, {inputs.UpperBound}]");
        }

        double budget = inputs.MarketNeutral ? 0 : 1;
        Assert.True(Math.Abs(w.Sum() - budget) <= Tolerance, $"{method}: Σw = {w.Sum():R}");
        if (inputs.SectorLimits is not null && inputs.Sectors is not null)
        {
            foreach ((string sector, (double min, double max)) in inputs.SectorLimits)
            {
                double total = Enumerable.Range(0, n).Where(i => inputs.Sectors.TryGetValue(inputs.Symbols[i], out string? s) && s == sector).Sum(i => w[i]);
                Assert.True(total >= min - Tolerance && total <= max + Tolerance, $"{method}: sector {sector} = {total:R}");
            }
        }

        if (inputs.MaxTurnover is { } cap)
        {
            double turnover = Enumerable.Range(0, n).Sum(i => Math.Abs(w[i] - inputs.CurrentWeights![i]));
            Assert.True(turnover <= cap + Tolerance, $"{method}: turnover {turnover:R} > {cap}");
        }

        if (inputs.MaxTrackingError is { } te)
        {
            double trackingError = PortfolioOptimizers.Performance(inputs, [.. w.Select((v, i) => v - inputs.BenchmarkWeights![i])]).Volatility;
            Assert.True(trackingError <= te + Tolerance, $"{method}: tracking error {trackingError:R} > {te}");
        }

        (double ret, double vol, _) = PortfolioOptimizers.Performance(inputs, w);
        if (method is "efficient-return" or "efficient-cvar")
        {
            Assert.True(ret >= inputs.TargetReturn!.Value - Tolerance, $"{method}: return {ret:R} < target {inputs.TargetReturn}");
        }

        if (method == "efficient-risk")
        {
            Assert.True(vol <= inputs.TargetVolatility!.Value + Tolerance, $"{method}: volatility {vol:R} > target {inputs.TargetVolatility}");
        }
    }
}
