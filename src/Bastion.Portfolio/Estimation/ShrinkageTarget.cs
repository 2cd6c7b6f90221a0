namespace Bastion.Portfolio.Estimation;

/// <summary>The structured matrix a Ledoit–Wolf estimate shrinks the sample covariance towards.</summary>
public enum ShrinkageTarget
{
    /// <summary>Average variance times the identity (Ledoit and Wolf 2004, "A well-conditioned estimator"; scikit-learn <c>LedoitWolf</c>).</summary>
    ScaledIdentity = 1,

    /// <summary>Sample variances with one average correlation (Ledoit and Wolf 2004, "Honey, I shrunk the sample covariance matrix").</summary>
    ConstantCorrelation = 2,

    /// <summary>Sharpe's single-index model with the equal-weighted market (Ledoit and Wolf 2003, "Improved estimation of the covariance matrix of stock returns").</summary>
    SingleFactor = 3,
}
