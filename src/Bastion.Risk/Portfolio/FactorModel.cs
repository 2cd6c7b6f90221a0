using Bastion.Numerics.Regression;
using Bastion.Risk.VaR;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// A linear factor model of one-period asset returns, r = α + B f + ε: exposures B (n assets × k factors), factor covariance F
/// (k × k) and means μ_f, specific (idiosyncratic) variances D (diagonal, ε uncorrelated across assets and with f) and specific
/// means α. Cov(r) = B F Bᵀ + D. Units: returns as simple fractions. Immutable and thread-safe.
/// </summary>
public sealed class FactorModel
{
    private readonly double[,] _exposures;
    private readonly double[,] _factorCovariance;
    private readonly double[] _specificVariances;
    private readonly double[] _factorMeans;
    private readonly double[] _specificMeans;

    /// <summary>Builds a model; means default to zero (the RiskMetrics convention).</summary>
    /// <exception cref="ArgumentException">Shapes disagree, a value is not finite, F is not symmetric PSD, or a specific variance is negative.</exception>
    public FactorModel(double[,] exposures, double[,] factorCovariance, double[] specificVariances, double[]? factorMeans = null, double[]? specificMeans = null)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(factorCovariance);
        ArgumentNullException.ThrowIfNull(specificVariances);
        int n = exposures.GetLength(0), k = exposures.GetLength(1);
        if (n == 0 || k == 0)
        {
            throw new ArgumentException("exposures must have at least one asset and one factor", nameof(exposures));
        }

        if (factorCovariance.GetLength(0) != k || factorCovariance.GetLength(1) != k)
        {
            throw new ArgumentException($"factor covariance is {factorCovariance.GetLength(0)}×{factorCovariance.GetLength(1)} for {k} factors", nameof(factorCovariance));
        }

        Guard.Finite(exposures.Cast<double>().ToArray(), 1, nameof(exposures));
        CovarianceRisk.RequirePositiveSemiDefinite(factorCovariance);
        _factorMeans = Vector(factorMeans, k, nameof(factorMeans));
        _specificMeans = Vector(specificMeans, n, nameof(specificMeans));
        _specificVariances = Vector(specificVariances, n, nameof(specificVariances));
        for (int i = 0; i < n; i++)
        {
            if (_specificVariances[i] < 0.0)
            {
                throw new ArgumentException($"specific variance {i} is {_specificVariances[i]}; must be ≥ 0", nameof(specificVariances));
            }
        }

        _exposures = (double[,])exposures.Clone();
        _factorCovariance = (double[,])factorCovariance.Clone();
    }

    /// <summary>Number of assets n.</summary>
    public int AssetCount => _exposures.GetLength(0);

    /// <summary>Number of factors k.</summary>
    public int FactorCount => _exposures.GetLength(1);

    /// <summary>A copy of the exposures B (n × k), βᵢⱼ = sensitivity of asset i to factor j.</summary>
    public double[,] Exposures => (double[,])_exposures.Clone();

    /// <summary>A copy of the factor covariance F (k × k, per period).</summary>
    public double[,] FactorCovariance => (double[,])_factorCovariance.Clone();

    /// <summary>The specific variances D (per period, one per asset).</summary>
    public IReadOnlyList<double> SpecificVariances => _specificVariances;

    /// <summary>The factor means μ_f (per period).</summary>
    public IReadOnlyList<double> FactorMeans => _factorMeans;

    /// <summary>The specific means α (per period; regression intercepts when estimated).</summary>
    public IReadOnlyList<double> SpecificMeans => _specificMeans;

    /// <summary>The portfolio's factor exposures b = Bᵀw (units of <paramref name="weights"/> per unit factor return).</summary>
    /// <exception cref="ArgumentException">Wrong number of weights.</exception>
    public double[] PortfolioExposures(ReadOnlySpan<double> weights)
    {
        if (weights.Length != AssetCount)
        {
            throw new ArgumentException($"{weights.Length} weights for {AssetCount} assets", nameof(weights));
        }

        var b = new double[FactorCount];
        for (int i = 0; i < AssetCount; i++)
        {
            for (int j = 0; j < FactorCount; j++)
            {
                b[j] += _exposures[i, j] * weights[i];
            }
        }

        return b;
    }

    /// <summary>
    /// Estimates the model by time-series OLS of each asset on the factors with an intercept (<see cref="OlsRegression"/>,
    /// Householder QR; statsmodels <c>OLS(r_i, add_constant(F)).fit()</c>): Bᵢ = slopes, αᵢ = intercept, Dᵢ = RSS/(T − k − 1)
    /// (statsmodels <c>mse_resid</c>); F = the (T − 1) sample covariance of the factors, μ_f their sample means. With these,
    /// α + B μ_f is each asset's sample mean.
    /// </summary>
    /// <param name="assetReturns">Row-major T × n asset returns.</param>
    /// <param name="factorReturns">Row-major T × k factor returns on the same dates.</param>
    /// <param name="assets">n.</param>
    /// <param name="factors">k.</param>
    /// <exception cref="ArgumentException">Shapes disagree, non-finite values, T ≤ k + 1, or collinear factors.</exception>
    public static FactorModel Estimate(ReadOnlySpan<double> assetReturns, ReadOnlySpan<double> factorReturns, int assets, int factors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(assets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        Guard.Finite(assetReturns, assets, nameof(assetReturns));
        Guard.Finite(factorReturns, factors, nameof(factorReturns));
        int rows = factorReturns.Length / factors;
        if (factorReturns.Length != rows * factors || assetReturns.Length != rows * assets)
        {
            throw new ArgumentException($"{assetReturns.Length} asset and {factorReturns.Length} factor values do not make T × {assets} and T × {factors} matrices on the same T dates", nameof(factorReturns));
        }

        if (rows <= factors + 1)
        {
            throw new ArgumentException($"{rows} dates are too few for {factors} factors and an intercept: need at least {factors + 2}", nameof(factorReturns));
        }

        var design = new double[rows, factors];
        var means = new double[factors];
        for (int t = 0; t < rows; t++)
        {
            for (int j = 0; j < factors; j++)
            {
                design[t, j] = factorReturns[(t * factors) + j];
                means[j] += design[t, j] / rows;
            }
        }

        var covariance = new double[factors, factors];
        for (int a = 0; a < factors; a++)
        {
            for (int c = 0; c <= a; c++)
            {
                double acc = 0.0;
                for (int t = 0; t < rows; t++)
                {
                    acc += (design[t, a] - means[a]) * (design[t, c] - means[c]);
                }

                covariance[a, c] = covariance[c, a] = acc / (rows - 1);
            }
        }

        var exposures = new double[assets, factors];
        var alpha = new double[assets];
        var specific = new double[assets];
        var y = new double[rows];
        for (int i = 0; i < assets; i++)
        {
            for (int t = 0; t < rows; t++)
            {
                y[t] = assetReturns[(t * assets) + i];
            }

            OlsResult fit = OlsRegression.Fit(design, y);
            alpha[i] = fit.Coefficients[0];
            for (int j = 0; j < factors; j++)
            {
                exposures[i, j] = fit.Coefficients[j + 1];
            }

            specific[i] = fit.ResidualVariance;
        }

        return new FactorModel(exposures, covariance, specific, means, alpha);
    }

    private static double[] Vector(double[]? values, int length, string name)
    {
        if (values is null)
        {
            return new double[length];
        }

        if (values.Length != length)
        {
            throw new ArgumentException($"{name} has {values.Length} entries; expected {length}", name);
        }

        Guard.Finite(values, 0, name);
        return (double[])values.Clone();
    }
}
