namespace Bastion.Numerics.Statistics;

/// <summary>Which denominator a variance (and its relatives) uses. Named explicitly because tools differ: NumPy defaults to population, pandas to sample.</summary>
public enum VarianceEstimator
{
    /// <summary>Bias-corrected sample variance, divide by n − 1 (pandas <c>.var()</c>, NumPy <c>ddof=1</c>, empyrical's volatility).</summary>
    Sample = 1,

    /// <summary>Population (maximum-likelihood) variance, divide by n (NumPy <c>ddof=0</c>).</summary>
    Population = 2,
}
