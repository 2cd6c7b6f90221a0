namespace Bastion.Numerics.Statistics;

/// <summary>
/// How a quantile is read between order statistics, with NumPy's names (<c>numpy.quantile(method=...)</c>; results
/// match NumPy bit for bit on the fixtures). With sorted values x₀ ≤ … ≤ xₙ₋₁ and position h = p (n − 1) for the
/// first five; the Hyndman–Fan (1996) methods use h = n p + α + p (1 − α − β) − 1, clamped to [0, n − 1].
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

    /// <summary>Hazen, R type 5 (α = β = ½): piecewise linear where each observation sits at the middle of its step.</summary>
    Hazen = 6,

    /// <summary>Weibull, R type 6 (α = β = 0), Excel PERCENTILE.EXC inside its valid range.</summary>
    Weibull = 7,

    /// <summary>Median-unbiased, R type 8 (α = β = ⅓); recommended by Hyndman and Fan.</summary>
    MedianUnbiased = 8,

    /// <summary>Normal-unbiased, R type 9 (α = β = ⅜).</summary>
    NormalUnbiased = 9,

    /// <summary>Interpolated inverted CDF, R type 4 (α = 0, β = 1).</summary>
    InterpolatedInvertedCdf = 10,

    /// <summary>Inverted CDF, R type 1: the smallest x with empirical CDF ≥ p (no interpolation); the classic historical-VaR order statistic.</summary>
    InvertedCdf = 11,

    /// <summary>Averaged inverted CDF, R type 2: as <see cref="InvertedCdf"/> but averaging at discontinuities.</summary>
    AveragedInvertedCdf = 12,

    /// <summary>Closest observation, R type 3 (SAS definition 2): nearest order statistic, ties to the even one.</summary>
    ClosestObservation = 13,
}
