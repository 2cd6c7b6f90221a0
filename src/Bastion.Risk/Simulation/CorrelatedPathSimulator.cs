using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Simulation;

/// <summary>
/// Monte Carlo paths of a daily-rebalanced portfolio of correlated assets, V₀ = 1, Vₜ = Vₜ₋₁(1 + Σᵢ wᵢ rᵢ,ₜ), where every
/// asset return is simulated: multivariate normal or Student t (rₜ = μ + L zₜ, Σ = L Lᵀ factored once), or constant-correlation
/// GARCH (<see cref="GarchPathModel"/>). Paths run in fixed blocks, each with its own jumped xoshiro256** stream, in parallel;
/// the result depends only on the seed (tested: identical for 1, 2 or more threads). Thread-safe.
/// </summary>
public static class CorrelatedPathSimulator
{
    /// <summary>
    /// Fits the model named by <see cref="PathSimulationOptions.Model"/> to a row-major (dates × assets) matrix of simple returns
    /// and simulates the portfolio with <paramref name="weights"/> (fractions of value, one per column). Normal and Student t
    /// use the sample means and (n − 1) covariance; GARCH fits <see cref="GarchPathModel.Fit"/>; the bootstraps resample the
    /// portfolio's historical return series through <see cref="PathSimulator"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Bad shapes, non-finite input, an invalid option, or a singular covariance/correlation.</exception>
    public static PathSimulationResult Run(ReadOnlySpan<double> assetReturns, ReadOnlySpan<double> weights, PathSimulationOptions options)
    {
        PathSimulator.ValidateOptions(options);
        Guard.Finite(weights, 1, nameof(weights));
        int n = weights.Length;
        if (assetReturns.Length % n != 0)
        {
            throw new ArgumentException($"return matrix length {assetReturns.Length} is not a multiple of the {n} weights", nameof(assetReturns));
        }

        switch (options.Model)
        {
            case PathModel.Garch:
                return Run(GarchPathModel.Fit(assetReturns, n, options.GarchVariant), weights, options);
            case PathModel.Normal or PathModel.StudentT:
                Guard.Finite(assetReturns, 2 * n, nameof(assetReturns));
                (double[] means, double[,] covariance) = SampleMoments(assetReturns, n);
                return Run(means, covariance, weights, options);
            default:
                Guard.Finite(assetReturns, 2 * n, nameof(assetReturns));
                var portfolio = new double[assetReturns.Length / n];
                ScenarioRevaluation.Revalue(assetReturns, weights, portfolio);
                return PathSimulator.Run(portfolio, options);
        }
    }

    /// <summary>Simulates a constant-correlation GARCH model (options' model must be <see cref="PathModel.Garch"/>).</summary>
    public static PathSimulationResult Run(GarchPathModel model, ReadOnlySpan<double> weights, PathSimulationOptions options)
        => Simulate(Engine(model, weights, options), options, keepReturns: false).Result;

    /// <summary>Simulates i.i.d. multivariate normal or Student t returns with the given means and covariance (options' model Normal or StudentT).</summary>
    public static PathSimulationResult Run(double[] means, double[,] covariance, ReadOnlySpan<double> weights, PathSimulationOptions options)
        => Simulate(Engine(means, covariance, weights, options), options, keepReturns: false).Result;

    /// <summary>
    /// The simulated daily portfolio returns of a GARCH model, path-major (<c>[path × horizon + day]</c>): the same draws as
    /// <see cref="Run(GarchPathModel, ReadOnlySpan{double}, PathSimulationOptions)"/> with the same options.
    /// </summary>
    public static double[] PortfolioReturns(GarchPathModel model, ReadOnlySpan<double> weights, PathSimulationOptions options)
        => Simulate(Engine(model, weights, options), options, keepReturns: true).Returns!;

    /// <summary>The simulated daily portfolio returns of the i.i.d. normal or Student t model, path-major.</summary>
    public static double[] PortfolioReturns(double[] means, double[,] covariance, ReadOnlySpan<double> weights, PathSimulationOptions options)
        => Simulate(Engine(means, covariance, weights, options), options, keepReturns: true).Returns!;

    private static CorrelatedPathEngine Engine(GarchPathModel model, ReadOnlySpan<double> weights, PathSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        PathSimulator.ValidateOptions(options);
        if (options.Model != PathModel.Garch)
        {
            throw new ArgumentException($"a GARCH model needs options.Model = Garch, got {options.Model}", nameof(options));
        }

        Weights(weights, model.AssetCount);
        double nu = options.Innovations == InnovationDistribution.StudentT ? options.DegreesOfFreedom : double.PositiveInfinity;
        return new CorrelatedPathEngine(new double[model.AssetCount], model.CorrelationFactor, weights.ToArray(), [.. model.Assets], nu, options.VolatilityMultiplier);
    }

    private static CorrelatedPathEngine Engine(double[] means, double[,] covariance, ReadOnlySpan<double> weights, PathSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(covariance);
        PathSimulator.ValidateOptions(options);
        if (options.Model is not (PathModel.Normal or PathModel.StudentT))
        {
            throw new ArgumentException($"means and a covariance need options.Model = Normal or StudentT, got {options.Model}", nameof(options));
        }

        Weights(weights, means.Length);
        Guard.Finite(means, 1, nameof(means));
        if (covariance.GetLength(0) != means.Length || covariance.GetLength(1) != means.Length)
        {
            throw new ArgumentException($"covariance is {covariance.GetLength(0)}×{covariance.GetLength(1)} for {means.Length} assets", nameof(covariance));
        }

        double[] lower = CorrelatedPathEngine.LowerFactor(covariance, nameof(covariance));
        double nu = options.Model == PathModel.StudentT ? options.DegreesOfFreedom : double.PositiveInfinity;
        return new CorrelatedPathEngine((double[])means.Clone(), lower, weights.ToArray(), null, nu, options.VolatilityMultiplier);
    }

    private static void Weights(ReadOnlySpan<double> weights, int assets)
    {
        Guard.Finite(weights, 1, nameof(weights));
        if (weights.Length != assets)
        {
            throw new ArgumentException($"{weights.Length} weights for {assets} assets", nameof(weights));
        }
    }

    private static (PathSimulationResult Result, double[]? Returns) Simulate(CorrelatedPathEngine engine, PathSimulationOptions options, bool keepReturns)
    {
        int paths = options.Paths, horizon = options.HorizonDays;
        var finals = new double[paths];
        var drawdowns = new double[paths];
        double[]? returns = keepReturns ? new double[checked(paths * horizon)] : null;
        int breaches = engine.Run(paths, horizon, options.Seed, 1.0 - options.LossThreshold, options.MaxDegreeOfParallelism, finals, drawdowns, returns);
        return (new PathSimulationResult(options, finals, drawdowns, (double)breaches / paths), returns);
    }

    /// <summary>Sample means and the (n − 1) sample covariance of a row-major return matrix.</summary>
    private static (double[] Means, double[,] Covariance) SampleMoments(ReadOnlySpan<double> returns, int n)
    {
        int rows = returns.Length / n;
        var means = new double[n];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < n; i++)
            {
                means[i] += returns[(r * n) + i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            means[i] /= rows;
        }

        var cov = new double[n, n];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < n; i++)
            {
                double di = returns[(r * n) + i] - means[i];
                for (int j = 0; j <= i; j++)
                {
                    cov[i, j] += di * (returns[(r * n) + j] - means[j]);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                cov[i, j] /= rows - 1;
                cov[j, i] = cov[i, j];
            }
        }

        return (means, cov);
    }
}
