namespace Bastion.Portfolio.Estimation;

/// <summary>Which matrix a PCA factor model decomposes.</summary>
public enum FactorBasis
{
    /// <summary>The sample correlation matrix: every asset weighs the same, whatever its volatility (the default).</summary>
    Correlation = 1,

    /// <summary>The sample covariance matrix: high-volatility assets dominate the leading components.</summary>
    Covariance = 2,
}
