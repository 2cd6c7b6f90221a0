using Bastion.Numerics.Random;
using Bastion.Risk.Simulation;
using Bastion.Risk.Volatility;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Risk.Tests.Simulation;

public sealed class CorrelatedPathSimulatorTests
{
    private static readonly double[,] s_covariance = { { 4e-4, 1.2e-4, -0.5e-4 }, { 1.2e-4, 2.25e-4, 0.3e-4 }, { -0.5e-4, 0.3e-4, 1e-4 } };
    private static readonly double[] s_means = [0.0004, 0.0002, 0.0001];
    private static readonly double[] s_weights = [0.5, 0.3, 0.2];

    private static GarchPathModel TwoAssetGarch(double startMultiple, double correlation = 0.6)
    {
        var a = new GarchAssetParameters(0.0, 2e-6, 0.08, 0.0, 0.87, 0.0);
        var b = new GarchAssetParameters(0.0, 1e-6, 0.05, 0.06, 0.90, 0.0);
        return new GarchPathModel(
            [a with { StartVariance = startMultiple * a.UnconditionalVariance }, b with { StartVariance = startMultiple * b.UnconditionalVariance }],
            new[,] { { 1.0, correlation }, { correlation, 1.0 } });
    }

    [Fact]
    public void Run_AnyThreadCount_GivesIdenticalPaths()
    {
        Prop.ForAll(Arb.From(Gen.Choose(1, 1000)), Arb.From(Gen.Choose(1, 300)), (seed, paths) =>
        {
            foreach (PathModel model in new[] { PathModel.Normal, PathModel.StudentT, PathModel.Garch })
            {
                PathSimulationResult Simulate(int threads)
                {
                    var o = new PathSimulationOptions(model, paths, 40, (ulong)seed, Innovations: InnovationDistribution.StudentT, MaxDegreeOfParallelism: threads);
                    return model == PathModel.Garch
                        ? CorrelatedPathSimulator.Run(TwoAssetGarch(2.0), [0.6, 0.4], o)
                        : CorrelatedPathSimulator.Run(s_means, s_covariance, s_weights, o);
                }

                PathSimulationResult one = Simulate(1), two = Simulate(2), many = Simulate(5);
                Assert.Equal(one.FinalValues, two.FinalValues);
                Assert.Equal(one.FinalValues, many.FinalValues);
                Assert.Equal(one.MaxDrawdowns, many.MaxDrawdowns);
                Assert.Equal(one.BreachProbability, many.BreachProbability);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Fact]
    public void Run_MorePaths_KeepsTheFirstPathsUnchanged()
    {
        var small = new PathSimulationOptions(PathModel.Garch, 100, 30, 5);
        PathSimulationResult a = CorrelatedPathSimulator.Run(TwoAssetGarch(1.0), [0.5, 0.5], small);
        PathSimulationResult b = CorrelatedPathSimulator.Run(TwoAssetGarch(1.0), [0.5, 0.5], small with { Paths = 1000 });
        Assert.Equal(a.FinalValues, b.FinalValues.Take(100));
        PathSimulationResult c = CorrelatedPathSimulator.Run(TwoAssetGarch(1.0), [0.5, 0.5], small with { Seed = 6 });
        Assert.NotEqual(a.FinalValues, c.FinalValues);
    }

    [Theory]
    [InlineData(InnovationDistribution.Normal)]
    [InlineData(InnovationDistribution.StudentT)]
    public void Garch_LateDayVariance_MatchesUnconditionalVariance(InnovationDistribution innovations)
    {
        // One GARCH(1,1) asset (ω 2e-6, α 0.08, β 0.87, persistence p = 0.95) started at 5× its unconditional variance
        // σ² = ω/(1 − α − β) = 4e-5. After 600 days the start is forgotten (5·0.95^599 ≈ 2e-13), so E[r²₆₀₀] = σ² across
        // independent paths. Var(ε²) = σ⁴(κ − 1) with the GARCH(1,1) kurtosis κ = κ_η(1 − p²)/(1 − p² − (κ_η − 1)α²),
        // κ_η = 3 (normal) or 3(ν − 2)/(ν − 4) = 4.5 for ν = 8: κ ≈ 3.45 / 5.84. Tolerance: 4 standard errors σ²√((κ − 1)/P).
        const int Paths = 20_000, Day = 600;
        var asset = new GarchAssetParameters(0.0, 2e-6, 0.08, 0.0, 0.87, 0.0);
        double sigma2 = asset.UnconditionalVariance;
        var model = new GarchPathModel([asset with { StartVariance = 5 * sigma2 }], new[,] { { 1.0 } });
        var options = new PathSimulationOptions(PathModel.Garch, Paths, Day, 2024, DegreesOfFreedom: 8, Innovations: innovations);
        double[] r = CorrelatedPathSimulator.PortfolioReturns(model, [1.0], options);
        double meanSquare = Enumerable.Range(0, Paths).Average(p => r[(p * Day) + Day - 1] * r[(p * Day) + Day - 1]);

        double kEta = innovations == InnovationDistribution.Normal ? 3.0 : 3.0 * 6.0 / 4.0;
        double p2 = asset.Persistence * asset.Persistence;
        double kappa = kEta * (1 - p2) / (1 - p2 - ((kEta - 1) * asset.Alpha * asset.Alpha));
        double standardError = sigma2 * Math.Sqrt((kappa - 1) / Paths);
        Assert.InRange(meanSquare, sigma2 - (4 * standardError), sigma2 + (4 * standardError));
        Assert.Equal(2e-6 / 0.05, sigma2, 15);
    }

    [Fact]
    public void Garch_FirstDayPortfolioVariance_IsTheOneStepForecast()
    {
        // Day 1: σ²ᵢ are the start variances (no randomness), so Var(wᵀr₁) = Σ wᵢwⱼσᵢσⱼRᵢⱼ exactly; the sample variance of
        // normal draws has standard error v√(2/(P − 1)).
        const int Paths = 40_000;
        GarchPathModel model = TwoAssetGarch(3.0, correlation: -0.4);
        double[] w = [0.7, 0.3];
        double[] r = CorrelatedPathSimulator.PortfolioReturns(model, w, new PathSimulationOptions(PathModel.Garch, Paths, 1, 77));
        double s0 = Math.Sqrt(model.Assets[0].StartVariance), s1 = Math.Sqrt(model.Assets[1].StartVariance);
        double expected = (w[0] * w[0] * s0 * s0) + (w[1] * w[1] * s1 * s1) + (2 * w[0] * w[1] * s0 * s1 * -0.4);
        double mean = r.Average();
        double variance = r.Sum(x => (x - mean) * (x - mean)) / (Paths - 1);
        double tolerance = 4 * expected * Math.Sqrt(2.0 / (Paths - 1));
        Assert.InRange(variance, expected - tolerance, expected + tolerance);
    }

    [Fact]
    public void Fit_StartVariance_EqualsEstimatorOneStepForecastExactly()
    {
        double[] returns = SimulatedPair(1500, 31);
        GarchPathModel model = GarchPathModel.Fit(returns, 2, VolatilityModel.GjrGarch);
        for (int i = 0; i < 2; i++)
        {
            double[] column = Enumerable.Range(0, 1500).Select(t => returns[(2 * t) + i]).ToArray();
            GarchFit fit = GarchEstimator.Fit(column, new GarchSpecification(VolatilityModel.GjrGarch));
            Assert.Equal(fit.NextVariance, model.Assets[i].StartVariance);
            Assert.Equal(fit["omega"], model.Assets[i].Omega);
            Assert.Equal(fit["gamma"], model.Assets[i].Gamma);
        }

        // The pair was simulated with innovation correlation 0.5; the standardized residuals must show it.
        Assert.InRange(model.Correlation[0, 1], 0.42, 0.58);
    }

    [Fact]
    public void Normal_FirstDayPortfolioVariance_IsWeightedCovariance()
    {
        const int Paths = 40_000;
        double[] r = CorrelatedPathSimulator.PortfolioReturns(s_means, s_covariance, s_weights, new PathSimulationOptions(PathModel.Normal, Paths, 1, 3));
        double expected = 0.0, drift = 0.0;
        for (int i = 0; i < 3; i++)
        {
            drift += s_weights[i] * s_means[i];
            for (int j = 0; j < 3; j++)
            {
                expected += s_weights[i] * s_weights[j] * s_covariance[i, j];
            }
        }

        double mean = r.Average();
        double variance = r.Sum(x => (x - mean) * (x - mean)) / (Paths - 1);
        Assert.InRange(variance, expected * (1 - (4 * Math.Sqrt(2.0 / Paths))), expected * (1 + (4 * Math.Sqrt(2.0 / Paths))));
        Assert.InRange(mean, drift - (4 * Math.Sqrt(expected / Paths)), drift + (4 * Math.Sqrt(expected / Paths)));
    }

    [Fact]
    public void VolatilityMultiplier_ScalesDeviationsFromTheMean()
    {
        var model = new GarchPathModel([new GarchAssetParameters(0.0003, 2e-6, 0.08, 0.05, 0.85, 1e-4)], new[,] { { 1.0 } });
        var options = new PathSimulationOptions(PathModel.Garch, 200, 20, 9);
        double[] unit = CorrelatedPathSimulator.PortfolioReturns(model, [1.0], options);
        double[] doubled = CorrelatedPathSimulator.PortfolioReturns(model, [1.0], options with { VolatilityMultiplier = 2.0 });
        for (int k = 0; k < unit.Length; k++)
        {
            Assert.Equal(0.0003 + (2.0 * (unit[k] - 0.0003)), doubled[k], 14);
        }
    }

    [Fact]
    public void PathSimulator_GarchModel_RunsOneAssetThroughTheCorrelatedSimulator()
    {
        double[] pair = SimulatedPair(1000, 8);
        double[] first = Enumerable.Range(0, 1000).Select(t => pair[2 * t]).ToArray();
        var options = new PathSimulationOptions(PathModel.Garch, 500, 60, 4);
        PathSimulationResult a = PathSimulator.Run(first, options);
        PathSimulationResult b = CorrelatedPathSimulator.Run(GarchPathModel.Fit(first, 1), [1.0], options);
        Assert.Equal(a.FinalValues, b.FinalValues);
    }

    [Fact]
    public void Run_NonPositiveDefiniteCorrelation_Throws()
        => Assert.Throws<ArgumentException>(() => new GarchPathModel(
            [new GarchAssetParameters(0, 1e-6, 0.1, 0, 0.8, 1e-4), new GarchAssetParameters(0, 1e-6, 0.1, 0, 0.8, 1e-4)],
            new[,] { { 1.0, 1.2 }, { 1.2, 1.0 } }));

    /// <summary>Two GARCH(1,1) series (ω 1e-6, α 0.09, β 0.89 and ω 2e-6, α 0.05, β 0.9) with innovation correlation 0.5.</summary>
    private static double[] SimulatedPair(int rows, ulong seed)
    {
        var rng = new RandomStream(seed);
        var r = new double[2 * rows];
        double h0 = 5e-5, h1 = 4e-5;
        for (int t = 0; t < rows; t++)
        {
            double z0 = rng.NextGaussian(), z1 = (0.5 * z0) + (Math.Sqrt(0.75) * rng.NextGaussian());
            double e0 = Math.Sqrt(h0) * z0, e1 = Math.Sqrt(h1) * z1;
            r[2 * t] = 0.0003 + e0;
            r[(2 * t) + 1] = 0.0001 + e1;
            h0 = 1e-6 + (0.09 * e0 * e0) + (0.89 * h0);
            h1 = 2e-6 + (0.05 * e1 * e1) + (0.9 * h1);
        }

        return r;
    }
}
