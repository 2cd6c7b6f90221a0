namespace Bastion.Numerics.Statistics;

/// <summary>How skewness and kurtosis are estimated.</summary>
public enum MomentEstimator
{
    /// <summary>Biased moment ratios g1 = m3/m2^1.5 and g2 = m4/m2² (SciPy's default, <c>bias=True</c>).</summary>
    Population = 1,

    /// <summary>Bias-adjusted G1 and G2 (pandas <c>.skew()</c>/<c>.kurt()</c>, SciPy <c>bias=False</c>, Excel SKEW/KURT).</summary>
    SampleAdjusted = 2,
}
