using Bastion.Numerics.Correlation;
using Bastion.Risk.VaR;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Simulation;

/// <summary>
/// A constant-conditional-correlation GARCH model (Bollerslev 1990) for correlated Monte Carlo paths: one GARCH(1,1) or
/// GJR recursion per asset and one correlation matrix R of the standardized innovations ηₜ (unit variances).
/// Immutable and thread-safe.
/// </summary>
public sealed class GarchPathModel
{
    private readonly GarchAssetParameters[] _assets;
    private readonly double[,] _correlation;

    /// <summary>Builds the model from explicit parameters.</summary>
    /// <param name="assets">Per-asset recursions, in asset order.</param>
    /// <param name="correlation">n × n correlation of the standardized innovations (symmetric, unit diagonal, positive definite).</param>
    /// <exception cref="ArgumentException">Shapes disagree, a parameter is out of range, or R is not a correlation matrix.</exception>
    public GarchPathModel(IReadOnlyList<GarchAssetParameters> assets, double[,] correlation)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(correlation);
        int n = assets.Count;
        if (n == 0 || correlation.GetLength(0) != n || correlation.GetLength(1) != n)
        {
            throw new ArgumentException($"correlation is {correlation.GetLength(0)}×{correlation.GetLength(1)} for {n} assets", nameof(correlation));
        }

        for (int i = 0; i < n; i++)
        {
            GarchAssetParameters a = assets[i];
            if (!(a.Omega > 0.0) || !(a.Alpha >= 0.0) || !(a.Beta >= 0.0) || !(a.Alpha + a.Gamma >= 0.0) || !(a.StartVariance > 0.0)
                || !double.IsFinite(a.Mean) || !double.IsFinite(a.Omega + a.Alpha + a.Gamma + a.Beta + a.StartVariance))
            {
                throw new ArgumentException($"asset {i}: need ω > 0, α ≥ 0, α + γ ≥ 0, β ≥ 0, start variance > 0, all finite; got {a}", nameof(assets));
            }

            if (Math.Abs(correlation[i, i] - 1.0) > 1e-12)
            {
                throw new ArgumentException($"correlation[{i}, {i}] is {correlation[i, i]}, not 1", nameof(correlation));
            }
        }

        _assets = [.. assets];
        _correlation = (double[,])correlation.Clone();
        CorrelationFactor = CorrelatedPathEngine.LowerFactor(_correlation, nameof(correlation));
    }

    /// <summary>The lower Cholesky factor of R, row-major n × n.</summary>
    internal double[] CorrelationFactor { get; }

    /// <summary>Number of assets n.</summary>
    public int AssetCount => _assets.Length;

    /// <summary>The per-asset recursions.</summary>
    public IReadOnlyList<GarchAssetParameters> Assets => _assets;

    /// <summary>A copy of the correlation matrix R of the standardized innovations.</summary>
    public double[,] Correlation => (double[,])_correlation.Clone();

    /// <summary>
    /// Fits the model to a row-major (dates × assets) matrix of simple returns: per asset a normal (quasi-)maximum-likelihood
    /// <see cref="GarchEstimator"/> fit with a constant mean and arch's backcast start (the estimator rescales decimal returns
    /// itself and reports in their units); start variance = the fit's <see cref="GarchFit.NextVariance"/> (the one-step forecast
    /// from the last conditional variance and residual).
    /// R is the sample (Pearson) correlation of the standardized residuals (rₜ − μ)/σₜ.
    /// </summary>
    /// <exception cref="ArgumentException">Bad shape, fewer than 20 rows, non-finite returns, or a singular residual correlation.</exception>
    public static GarchPathModel Fit(ReadOnlySpan<double> returns, int assets, VolatilityModel model = VolatilityModel.Garch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(assets, 1);
        Guard.Finite(returns, 20 * assets, nameof(returns));
        if (returns.Length % assets != 0)
        {
            throw new ArgumentException($"return matrix length {returns.Length} is not a multiple of the {assets} assets", nameof(returns));
        }

        int rows = returns.Length / assets;
        var spec = new GarchSpecification(model);
        var parameters = new GarchAssetParameters[assets];
        var standardized = new double[rows, assets];
        var column = new double[rows];
        for (int i = 0; i < assets; i++)
        {
            for (int t = 0; t < rows; t++)
            {
                column[t] = returns[(t * assets) + i];
            }

            GarchFit fit = GarchEstimator.Fit(column, spec);
            double mu = fit["mu"], gamma = fit["gamma"];
            parameters[i] = new GarchAssetParameters(
                mu, fit["omega"], fit["alpha"], double.IsNaN(gamma) ? 0.0 : gamma, fit["beta"], fit.NextVariance);
            for (int t = 0; t < rows; t++)
            {
                standardized[t, i] = (column[t] - mu) / Math.Sqrt(fit.ConditionalVariances[t]);
            }
        }

        return new GarchPathModel(parameters, Correlations.Matrix(standardized));
    }
}
