namespace Bastion.Numerics.Regression;

/// <summary>
/// An ordinary least squares fit. Coefficient order: the intercept first (if fitted), then the regressor columns in
/// order. Immutable; arrays returned are the result's own (do not mutate).
/// </summary>
public sealed class OlsResult
{
    internal OlsResult(
        double[] coefficients, double[,] covariance, double[] residuals, double rSquared, double adjustedRSquared,
        double residualVariance, int degreesOfFreedom, OlsCovariance covarianceType, int lags, bool hasIntercept)
    {
        Coefficients = coefficients;
        Covariance = covariance;
        Residuals = residuals;
        RSquared = rSquared;
        AdjustedRSquared = adjustedRSquared;
        ResidualVariance = residualVariance;
        ResidualDegreesOfFreedom = degreesOfFreedom;
        CovarianceType = covarianceType;
        Lags = lags;
        HasIntercept = hasIntercept;
        int k = coefficients.Length;
        StandardErrors = new double[k];
        TStatistics = new double[k];
        PValues = new double[k];
        for (int i = 0; i < k; i++)
        {
            StandardErrors[i] = Math.Sqrt(covariance[i, i]);
            TStatistics[i] = coefficients[i] / StandardErrors[i];
            double t = Math.Abs(TStatistics[i]);
            PValues[i] = covarianceType == OlsCovariance.Classical
                ? 2.0 * Distributions.StudentT.Cdf(-t, degreesOfFreedom)
                : 2.0 * Distributions.Normal.Cdf(-t);
        }
    }

    /// <summary>Estimated coefficients β.</summary>
    public double[] Coefficients { get; }

    /// <summary>Standard errors: square roots of the covariance diagonal.</summary>
    public double[] StandardErrors { get; }

    /// <summary>β / standard error.</summary>
    public double[] TStatistics { get; }

    /// <summary>Two-sided p-values: Student t with n − k dof (classical) or standard normal (Newey–West, as statsmodels).</summary>
    public double[] PValues { get; }

    /// <summary>Coefficient covariance matrix (k × k), of the type <see cref="CovarianceType"/>.</summary>
    public double[,] Covariance { get; }

    /// <summary>Residuals y − Xβ, one per observation.</summary>
    public double[] Residuals { get; }

    /// <summary>R² = 1 − RSS/TSS, TSS centred when an intercept is fitted, uncentred otherwise (as statsmodels).</summary>
    public double RSquared { get; }

    /// <summary>Adjusted R² = 1 − (1 − R²)(n − c)/(n − k), c = 1 with an intercept, 0 without.</summary>
    public double AdjustedRSquared { get; }

    /// <summary>σ² = RSS / (n − k).</summary>
    public double ResidualVariance { get; }

    /// <summary>n − k.</summary>
    public int ResidualDegreesOfFreedom { get; }

    /// <summary>The covariance estimator used.</summary>
    public OlsCovariance CovarianceType { get; }

    /// <summary>Newey–West lag truncation L (0 for classical).</summary>
    public int Lags { get; }

    /// <summary>Whether the first coefficient is an intercept.</summary>
    public bool HasIntercept { get; }
}
