namespace Bastion.Numerics.Correlation;

/// <summary>Which correlation coefficient a matrix is built from.</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson product-moment correlation.</summary>
    Pearson = 1,

    /// <summary>Spearman rank correlation (average ranks for ties).</summary>
    Spearman = 2,

    /// <summary>Kendall τ-b.</summary>
    KendallTauB = 3,

    /// <summary>Székely's distance correlation (in [0, 1]).</summary>
    Distance = 4,
}
