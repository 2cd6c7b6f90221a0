using Bastion.Numerics.Random;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;
using FsCheck;
using FsCheck.Fluent;
using static Bastion.Portfolio.Tests.Optimization.OptimizerReference;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>
/// Efficient-risk by the critical-line walk: the same optimum as cvxopt/SLSQP (Fixtures/optimizers.expected.json) and as
/// the cone program, the cone program for the problems the walk does not cover, and infeasibility still diagnosed.
/// </summary>
public sealed class CriticalLineTests
{
    [Fact]
    public void TrySolve_LongOnlyFixture_WalksToTheCvxoptOptimum()
    {
        OptimizationInputs inputs = LongOnly();
        double target = Number("efficient_risk_long_only", "target_volatility");

        PortfolioAllocation? a = CriticalLine.TrySolve(inputs, target);

        Assert.NotNull(a);
        AssertWeights(Weights("efficient_risk_long_only"), a.Weights, 1e-6);
        (double ret, double vol, _) = PortfolioOptimizers.Performance(inputs, a.Weights);
        AssertRelative(Number("efficient_risk_long_only", "variance"), vol * vol, 1e-7);
        AssertRelative(Number("efficient_risk_long_only", "ret"), ret, 1e-7);
    }

    [Fact]
    public void EfficientRisk_TargetBelowMinimumVolatility_StaysInfeasibleNamingTheTarget()
    {
        OptimizationInputs inputs = LongOnly() with { TargetVolatility = 0.05 };

        Assert.Null(CriticalLine.TrySolve(inputs, 0.05));
        PortfolioAllocation a = MeanVarianceOptimizers.EfficientRisk(inputs);

        Assert.Equal(OptimizationStatus.Infeasible, a.Status);
        Assert.Contains("target volatility", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TrySolve_TargetAboveTheMaxReturnCorner_ReturnsTheCorner()
    {
        // Long-only, fully invested: the corner is all in the best asset (AMD); its volatility is below 10 (1,000%).
        OptimizationInputs inputs = LongOnly();
        int best = Array.IndexOf([.. inputs.ExpectedReturns], inputs.ExpectedReturns.Max());

        PortfolioAllocation? a = CriticalLine.TrySolve(inputs, 10);

        Assert.NotNull(a);
        Assert.Equal(1.0, a.Weights[best], 1e-12);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Applies_LinearRowsOrL2_LeavesItToTheConeProgram(bool sectors, bool l2)
    {
        OptimizationInputs inputs = sectors ? Constrained() : LongOnly() with { L2Gamma = 0.1 };
        Assert.False(CriticalLine.Applies(inputs));
        Assert.True(sectors || l2);
    }

    [Fact]
    public void TrySolve_RandomBoundsAndBudgets_MatchesTheConeProgram()
    {
        int walked = 0, total = 0;
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            var rng = new RandomStream((ulong)seed);
            OptimizationInputs inputs = RandomProblem(rng);
            (_, double minVol, _) = PortfolioOptimizers.Performance(inputs, MeanVarianceOptimizers.MinVolatility(inputs).Weights);
            double target = minVol * (1.01 + rng.NextDouble());
            PortfolioAllocation cone = MeanVarianceOptimizers.EfficientRiskCone(inputs, target);
            PortfolioAllocation? line = CriticalLine.TrySolve(inputs, target);
            total++;
            if (line is null || cone.Status != OptimizationStatus.Optimal)
            {
                return;
            }

            walked++;
            (double coneRet, _, _) = PortfolioOptimizers.Performance(inputs, cone.Weights);
            (double lineRet, double lineVol, _) = PortfolioOptimizers.Performance(inputs, line.Weights);
            Assert.True(lineRet >= coneRet - (1e-7 * Math.Max(1, Math.Abs(coneRet))), $"seed {seed}: return {lineRet:R} < cone {coneRet:R}");
            Assert.True(lineVol <= target * (1 + 1e-9), $"seed {seed}: volatility {lineVol:R} > {target:R}");
            Assert.Equal(inputs.MarketNeutral ? 0 : 1, line.Weights.Sum(), 1e-9);
            Assert.All(line.Weights, w => Assert.InRange(w, inputs.LowerBound, inputs.UpperBound));
            AssertWeights([.. cone.Weights], line.Weights, 1e-4);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

        Assert.True(walked > total * 3 / 4, $"the walk finished only {walked} of {total} problems");
    }

    private static OptimizationInputs RandomProblem(RandomStream rng)
    {
        int n = 4 + rng.NextInt(30), periods = 2 * n + 40;
        var r = new double[periods, n];
        double[] beta = [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 1.5)];
        for (int t = 0; t < periods; t++)
        {
            double m = rng.NextGaussian();
            for (int i = 0; i < n; i++)
            {
                r[t, i] = 0.01 * ((beta[i] * m) + rng.NextGaussian());
            }
        }

        string[] symbols = [.. Enumerable.Range(0, n).Select(i => $"S{i}")];
        double[,] cov = new SampleCovariance().Estimate(ReturnPanel.FromReturns(r, symbols)).Matrix;
        int shape = rng.NextInt(3);
        return new OptimizationInputs
        {
            Symbols = symbols,
            ExpectedReturns = [.. Enumerable.Range(0, n).Select(_ => -0.05 + (0.3 * rng.NextDouble()))],
            Covariance = cov,
            LowerBound = shape == 0 ? 0 : -0.5,
            UpperBound = shape == 0 ? (1.0 / n) + 0.05 + (rng.NextDouble() * 0.6) : 0.5,
            MarketNeutral = shape == 2,
        };
    }
}
