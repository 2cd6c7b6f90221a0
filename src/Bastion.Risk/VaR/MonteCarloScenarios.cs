using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Random;

namespace Bastion.Risk.VaR;

/// <summary>
/// Seeded Monte Carlo return scenarios (row-major: one row per scenario, one column per asset) for
/// <see cref="Portfolio.PortfolioHistoricalRisk"/> or, with one asset, <see cref="HistoricalVaR"/>.
/// Same seed, same scenarios on every machine. Thread-safe (each call owns its stream).
/// </summary>
public static class MonteCarloScenarios
{
    /// <summary>Draws <paramref name="scenarioCount"/> scenarios from a normal or Student t model with means μ and covariance Σ.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, Σ is not positive definite, or ν ≤ 2 for the t model.</exception>
    public static double[] Parametric(ScenarioModel model, ReadOnlySpan<double> means, double[,] covariance, int scenarioCount, ulong seed, double degreesOfFreedom = double.NaN)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenarioCount, 1);
        int n = means.Length;
        if (n == 0 || covariance.GetLength(0) != n || covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"covariance is {covariance.GetLength(0)}×{covariance.GetLength(1)} for {n} means", nameof(covariance));
        }

        if (model == ScenarioModel.StudentT && !(degreesOfFreedom > 2.0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "the t model needs degrees of freedom above 2");
        }

        if (model == ScenarioModel.Bootstrap)
        {
            throw new ArgumentException("use Bootstrap() for resampled scenarios", nameof(model));
        }

        var factor = Cholesky.Factor(covariance);
        var rng = new RandomStream(seed);
        var result = new double[scenarioCount * n];
        Span<double> z = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        double tScale = model == ScenarioModel.StudentT ? Math.Sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom) : 1.0;
        for (int s = 0; s < scenarioCount; s++)
        {
            for (int i = 0; i < n; i++)
            {
                z[i] = rng.NextGaussian();
            }

            factor.MultiplyLower(z, y);
            double mix = model == ScenarioModel.StudentT
                ? tScale / Math.Sqrt(ChiSquare(rng, degreesOfFreedom) / degreesOfFreedom)
                : 1.0;
            Span<double> row = result.AsSpan(s * n, n);
            for (int i = 0; i < n; i++)
            {
                row[i] = means[i] + (mix * y[i]);
            }
        }

        return result;
    }

    /// <summary>Resamples whole rows (dates) of a historical return matrix with replacement, keeping the cross-section intact.</summary>
    public static double[] Bootstrap(ReadOnlySpan<double> historicalReturns, int assetCount, int scenarioCount, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(assetCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenarioCount, 1);
        if (historicalReturns.Length == 0 || historicalReturns.Length % assetCount != 0)
        {
            throw new ArgumentException($"matrix length {historicalReturns.Length} is not a positive multiple of {assetCount} assets", nameof(historicalReturns));
        }

        int rows = historicalReturns.Length / assetCount;
        var rng = new RandomStream(seed);
        var result = new double[scenarioCount * assetCount];
        for (int s = 0; s < scenarioCount; s++)
        {
            int r = rng.NextInt(rows);
            historicalReturns.Slice(r * assetCount, assetCount).CopyTo(result.AsSpan(s * assetCount, assetCount));
        }

        return result;
    }

    /// <summary>χ²_ν = 2 Gamma(ν/2) by Marsaglia and Tsang (2000), with the U^{1/a} boost for shapes below one.</summary>
    internal static double ChiSquare(RandomStream rng, double nu) => 2.0 * Gamma(rng, 0.5 * nu);

    private static double Gamma(RandomStream rng, double shape)
    {
        if (shape < 1.0)
        {
            double u = 1.0 - rng.NextDouble();
            return Gamma(rng, shape + 1.0) * Math.Pow(u, 1.0 / shape);
        }

        double d = shape - (1.0 / 3.0);
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextGaussian();
                v = 1.0 + (c * x);
            }
            while (v <= 0.0);

            v = v * v * v;
            double u = 1.0 - rng.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }
}
