namespace Bastion.Numerics.Statistics;

/// <summary>
/// How a quantile is read between order statistics, with NumPy's names (<c>numpy.quantile(method=...)</c>).
/// With sorted values x₀ ≤ … ≤ xₙ₋₁ and position h = p (n − 1):
/// </summary>
public enum QuantileMethod
{
    /// <summary>x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋): NumPy's default, R type 7, Excel PERCENTILE.INC.</summary>
    Linear = 1,

    /// <summary>x⌊h⌋.</summary>
    Lower = 2,

    /// <summary>x⌈h⌉.</summary>
    Higher = 3,

    /// <summary>x at h rounded to the nearest integer, halves to even (as NumPy).</summary>
    Nearest = 4,

    /// <summary>(x⌊h⌋ + x⌈h⌉) / 2.</summary>
    Midpoint = 5,
}
