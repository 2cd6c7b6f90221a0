namespace Bastion.Numerics.Statistics;

/// <summary>What sample weights mean, which decides the bias correction of a weighted variance.</summary>
public enum WeightKind
{
    /// <summary>
    /// Frequency weights: wᵢ is how many times xᵢ was observed (integers in principle). Sample variance divides by
    /// Σw − 1 (NumPy <c>cov(fweights=…)</c>, Stata <c>fweight</c>).
    /// </summary>
    Frequency = 1,

    /// <summary>
    /// Reliability (analytic, importance) weights: relative precision of each observation, scale-free. Sample variance
    /// divides by V₁ − V₂/V₁ with V₁ = Σw, V₂ = Σw² (NumPy <c>cov(aweights=…)</c>).
    /// </summary>
    Reliability = 2,
}
