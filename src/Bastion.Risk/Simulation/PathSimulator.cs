using Bastion.Numerics.Random;
using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Simulation;

/// <summary>
/// Monte Carlo paths of compounded simple returns, V₀ = 1, Vₜ = Vₜ₋₁(1 + rₜ): distributions of final value and maximum
/// drawdown, and the probability of breaching a loss threshold. Seeded (xoshiro256**). Thread-safe. <see cref="PathModel.Garch"/>
/// runs through <see cref="CorrelatedPathSimulator"/> with one asset.
/// </summary>
public static class PathSimulator
{
    /// <summary>Simulates paths from <paramref name="historicalReturns"/> (the sample the model is fitted to or resampled from).</summary>
    /// <exception cref="ArgumentException">Fewer than 2 returns, a non-finite return, or an invalid option (named).</exception>
    public static PathSimulationResult Run(ReadOnlySpan<double> historicalReturns, PathSimulationOptions options)
    {
        ValidateOptions(options);
        Guard.Finite(historicalReturns, 2, nameof(historicalReturns));
        if (options.Model == PathModel.BlockBootstrap && (options.BlockLength < 1 || options.BlockLength > historicalReturns.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BlockLength, $"BlockLength must be between 1 and the {historicalReturns.Length} returns");
        }

        if (options.Model == PathModel.Garch)
        {
            return CorrelatedPathSimulator.Run(historicalReturns, [1.0], options);
        }

        double mean = Moments.Mean(historicalReturns);
        double sd = Moments.StandardDeviation(historicalReturns);
        double nu = options.DegreesOfFreedom;
        double m = options.VolatilityMultiplier;
        double tScale = options.Model == PathModel.StudentT ? m * sd * Math.Sqrt((nu - 2.0) / nu) : 0.0;
        sd *= m;
        var rng = new RandomStream(options.Seed);
        var finals = new double[options.Paths];
        var drawdowns = new double[options.Paths];
        double floor = 1.0 - options.LossThreshold;
        int breaches = 0, n = historicalReturns.Length;
        for (int p = 0; p < options.Paths; p++)
        {
            double value = 1.0, peak = 1.0, maxDrawdown = 0.0;
            bool breached = false;
            int blockPosition = 0, blockLeft = 0;
            for (int t = 0; t < options.HorizonDays; t++)
            {
                double r;
                switch (options.Model)
                {
                    case PathModel.Bootstrap:
                        r = Scaled(historicalReturns[rng.NextInt(n)], mean, m);
                        break;
                    case PathModel.BlockBootstrap:
                        if (blockLeft == 0)
                        {
                            blockPosition = rng.NextInt(n - options.BlockLength + 1);
                            blockLeft = options.BlockLength;
                        }

                        r = Scaled(historicalReturns[blockPosition++], mean, m);
                        blockLeft--;
                        break;
                    case PathModel.Normal:
                        r = mean + (sd * rng.NextGaussian());
                        break;
                    default:
                        r = mean + (tScale * rng.NextGaussian() / Math.Sqrt(MonteCarloScenarios.ChiSquare(rng, nu) / nu));
                        break;
                }

                value *= 1.0 + r;
                peak = Math.Max(peak, value);
                maxDrawdown = Math.Max(maxDrawdown, 1.0 - (value / peak));
                breached |= value <= floor;
            }

            finals[p] = value;
            drawdowns[p] = maxDrawdown;
            breaches += breached ? 1 : 0;
        }

        return new PathSimulationResult(options, finals, drawdowns, (double)breaches / options.Paths);
    }

    /// <summary>Checks the options every model shares (paths, horizon, threshold, multiplier, ν, threads).</summary>
    internal static void ValidateOptions(PathSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Paths, 1, nameof(options.Paths));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HorizonDays, 1, nameof(options.HorizonDays));
        if (!(options.LossThreshold > 0.0 && options.LossThreshold < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LossThreshold, "LossThreshold must be in (0, 1)");
        }

        if (!(options.VolatilityMultiplier > 0.0) || double.IsPositiveInfinity(options.VolatilityMultiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.VolatilityMultiplier, "VolatilityMultiplier must be positive and finite");
        }

        bool needsNu = options.Model == PathModel.StudentT || (options.Model == PathModel.Garch && options.Innovations == InnovationDistribution.StudentT);
        if (needsNu && (!(options.DegreesOfFreedom > 2.0) || double.IsPositiveInfinity(options.DegreesOfFreedom)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DegreesOfFreedom, "DegreesOfFreedom must be finite and exceed 2");
        }

        if (options.MaxDegreeOfParallelism == 0 || options.MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive");
        }
    }

    /// <summary>μ + m(r − μ); r itself when m = 1 so that the unscaled model is bit-for-bit the historical sample.</summary>
    private static double Scaled(double r, double mean, double m) => m == 1.0 ? r : mean + (m * (r - mean));
}
