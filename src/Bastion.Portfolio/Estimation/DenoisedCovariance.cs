namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Random-matrix denoising (López de Prado, "Machine Learning for Asset Managers", 2020, ch. 2): the Marchenko–Pastur
/// law is fitted to the eigenvalues of the sample correlation matrix (σ² by the book's KDE fit, q = T/N, see
/// <see cref="DenoisingOptions.Bandwidth"/>); eigenvalues above λ₊ are signal and kept. By default the others are
/// replaced by their average (constant residual eigenvalue method, snippet 2.5) and the result rescaled to a unit
/// diagonal; with <see cref="DenoisingOptions.Alpha"/> the noise part is instead shrunk towards its diagonal
/// (targeted shrinkage, snippet 2.6, intensity 1 − α reported as <see cref="CovarianceEstimate.ShrinkageIntensity"/>).
/// Detoning (section 2.6) then removes the top market component(s) of the denoised correlation and rescales; a detoned
/// matrix is singular (rank N − components), meant for clustering rather than for inverting. The correlation is scaled
/// back by the sample standard deviations, so the diagonal equals the sample variances. Reports the number of signal
/// eigenvalues (<see cref="CovarianceEstimate.FactorCount"/>) and λ₊ (<see cref="CovarianceEstimate.NoiseEdge"/>).
/// </summary>
public sealed class DenoisedCovariance : ICovarianceEstimator
{
    /// <summary>Creates the estimator; the options are validated here.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public DenoisedCovariance(DenoisingOptions? options = null)
    {
        Options = options ?? new DenoisingOptions();
        Options.Validate();
    }

    /// <summary>The validated options.</summary>
    public DenoisingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "denoised";

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Detoning would remove every component (N ≤ market components).</exception>
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        int n = returns.Assets;
        if (Options.Detone && Options.MarketComponents >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(returns), $"detoning {Options.MarketComponents} market component(s) of {n} assets leaves nothing");
        }

        CovarianceEstimate sample = new SampleCovariance().Estimate(returns, 1);
        double[,] corr = Spectral.Correlation(sample.Matrix, out double[] std);
        (double[] values, double[,] vectors) = Spectral.Descending(corr);
        (_, double lambdaPlus) = MarchenkoPastur.Fit(values, returns.Periods / (double)n, Options.Bandwidth);
        int signal = 0;
        while (signal < n && values[signal] > lambdaPlus)
        {
            signal++;
        }

        double[,] denoised = Options.Alpha is double alpha ? TargetShrinkage(values, vectors, signal, alpha, corr) : ConstantResidual(values, vectors, signal, corr);
        if (Options.Detone)
        {
            (double[] dv, double[,] dvec) = Spectral.Descending(denoised);
            double[,] market = Spectral.Rebuild(dvec, dv, 0, Options.MarketComponents);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    denoised[i, j] -= market[i, j];
                }
            }

            denoised = Spectral.Correlation(denoised, out _);
        }

        return new CovarianceEstimate(
            Name,
            returns.Symbols,
            Spectral.Covariance(denoised, std, frequency),
            frequency,
            ShrinkageIntensity: Options.Alpha is double a ? 1 - a : null,
            FactorCount: signal,
            Repair: sample.Repair,
            NoiseEdge: lambdaPlus);
    }

    /// <summary>
    /// Snippet 2.5: noise eigenvalues replaced by their mean m (trace preserved), then rescaled to a unit diagonal. Built as
    /// Σ_{k&lt;s} λₖvₖvₖᵀ + m (I − Σ_{k&lt;s} vₖvₖᵀ), O(N²s) instead of a full O(N³) rebuild.
    /// </summary>
    private static double[,] ConstantResidual(double[] values, double[,] vectors, int signal, double[,] corr)
    {
        int n = values.Length;
        if (signal == n)
        {
            return corr;
        }

        double mean = values[signal..].Sum() / (n - signal);
        double[] shifted = [.. values.Select(v => v - mean)];
        double[,] c = Spectral.Rebuild(vectors, shifted, 0, signal);
        for (int i = 0; i < n; i++)
        {
            c[i, i] += mean;
        }

        return Spectral.Correlation(c, out _);
    }

    /// <summary>Snippet 2.6: C_signal + α C_noise + (1 − α) diag(C_noise) with C_noise = C − C_signal; the diagonal stays 1.</summary>
    private static double[,] TargetShrinkage(double[] values, double[,] vectors, int signal, double alpha, double[,] corr)
    {
        int n = values.Length;
        double[,] result = Spectral.Rebuild(vectors, values, 0, signal);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double noise = corr[i, j] - result[i, j];
                result[i, j] += i == j ? noise : alpha * noise;
            }
        }

        return result;
    }
}
