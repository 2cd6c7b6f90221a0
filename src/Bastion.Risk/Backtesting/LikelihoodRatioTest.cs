namespace Bastion.Risk.Backtesting;

/// <summary>A likelihood-ratio test result: LR asymptotically χ² with <paramref name="DegreesOfFreedom"/> under the null of a correct model.</summary>
/// <param name="Name">The test: POF, TUFF, CCI or CC (MATLAB <c>varbacktest</c>'s names).</param>
/// <param name="Statistic">The likelihood ratio LR ≥ 0 (NaN when the test is not defined for the data, e.g. TUFF without a failure).</param>
/// <param name="PValue">P(χ²_df ≥ LR).</param>
/// <param name="DegreesOfFreedom">1 for POF, TUFF and CCI; 2 for CC.</param>
public readonly record struct LikelihoodRatioTest(string Name, double Statistic, double PValue, int DegreesOfFreedom)
{
    /// <summary>True when the model is rejected at test level <paramref name="level"/> (e.g. 0.05): p-value &lt; level.</summary>
    public bool Rejects(double level) => PValue < level;
}
