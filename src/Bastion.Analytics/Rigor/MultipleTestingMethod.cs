namespace Bastion.Analytics.Rigor;

/// <summary>p-value adjustments for many tests, named as in statsmodels' <c>multipletests</c>.</summary>
public enum MultipleTestingMethod
{
    /// <summary>Bonferroni: min(m·p, 1). Controls the family-wise error rate.</summary>
    Bonferroni = 1,

    /// <summary>Holm's step-down procedure. Controls the family-wise error rate, uniformly more powerful than Bonferroni.</summary>
    Holm = 2,

    /// <summary>Benjamini–Hochberg step-up procedure (<c>fdr_bh</c>). Controls the false discovery rate under independence.</summary>
    BenjaminiHochberg = 3,

    /// <summary>Benjamini–Hochberg–Yekutieli (<c>fdr_by</c>): BH times Σ1/i. Controls the FDR under any dependence; Harvey–Liu's "BHY".</summary>
    BenjaminiHochbergYekutieli = 4,
}
