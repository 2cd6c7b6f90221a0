using Bastion.Numerics.Distributions;
using Bastion.Numerics.Statistics;

namespace Bastion.Risk.VaR;

/// <summary>
/// Parametric (variance–covariance) VaR and ES from a mean μ and a standard deviation σ of one-period returns or P&amp;L.
/// Normal: VaR = −(μ + σ z₁₋c), ES = −μ + σ φ(z₁₋c)/(1 − c).
/// Student t "scaled to the sample variance": the t with ν degrees of freedom is rescaled by √((ν − 2)/ν) so that its
/// variance equals σ² (the RiskMetrics/Jorion convention, not the raw t scale):
/// VaR = −μ − σ √((ν−2)/ν) t₁₋c,ν and ES = −μ + σ √((ν−2)/ν) · f_ν(t₁₋c,ν)/(1 − c) · (ν + t²₁₋c,ν)/(ν − 1).
/// Thread-safe.
/// </summary>
public static class ParametricVaR
{
    /// <summary>Normal VaR and ES for mean <paramref name="mean"/> and standard deviation <paramref name="standardDeviation"/> (same units as the result).</summary>
    public static RiskEstimate Normal(double mean, double standardDeviation, double confidence, int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        RequireScale(mean, standardDeviation);
        double alpha = 1.0 - confidence;
        double z = Numerics.Distributions.Normal.InverseCdf(alpha);
        double var = -(mean + (standardDeviation * z));
        double es = -mean + (standardDeviation * Numerics.Distributions.Normal.Pdf(z) / alpha);
        return new RiskEstimate(var, es, confidence, horizonDays);
    }

    /// <summary>Student t VaR and ES, the t scaled to have standard deviation <paramref name="standardDeviation"/>; ν must exceed 2.</summary>
    public static RiskEstimate StudentT(double mean, double standardDeviation, double degreesOfFreedom, double confidence, int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        RequireScale(mean, standardDeviation);
        if (!(degreesOfFreedom > 2.0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "degrees of freedom must exceed 2 for a finite variance");
        }

        double nu = degreesOfFreedom;
        double alpha = 1.0 - confidence;
        double scale = standardDeviation * Math.Sqrt((nu - 2.0) / nu);
        double t = Numerics.Distributions.StudentT.InverseCdf(alpha, nu);
        double var = -(mean + (scale * t));
        double es = -mean + (scale * Numerics.Distributions.StudentT.Pdf(t, nu) / alpha * (nu + (t * t)) / (nu - 1.0));
        return new RiskEstimate(var, es, confidence, horizonDays);
    }

    /// <summary>Normal VaR/ES of a return series: μ the sample mean, σ the sample (n − 1) standard deviation.</summary>
    public static RiskEstimate NormalFromSample(ReadOnlySpan<double> returns, double confidence, int horizonDays = 1, HorizonScaling scaling = HorizonScaling.SquareRootOfTime)
        => FromSample(returns, confidence, horizonDays, scaling, (m, s) => Normal(m, s, confidence));

    /// <summary>Student t VaR/ES of a return series with ν given; μ the sample mean, σ the sample (n − 1) standard deviation.</summary>
    public static RiskEstimate StudentTFromSample(ReadOnlySpan<double> returns, double degreesOfFreedom, double confidence, int horizonDays = 1, HorizonScaling scaling = HorizonScaling.SquareRootOfTime)
        => FromSample(returns, confidence, horizonDays, scaling, (m, s) => StudentT(m, s, degreesOfFreedom, confidence));

    /// <summary>
    /// The method-of-moments ν of a t distribution with the sample's excess kurtosis g₂ (population estimator): ν = 4 + 6/g₂.
    /// Returns +∞ when g₂ ≤ 0 (no fat tails: use the normal).
    /// </summary>
    public static double DegreesOfFreedomFromKurtosis(ReadOnlySpan<double> returns)
    {
        double g2 = Moments.ExcessKurtosis(returns, MomentEstimator.Population);
        return g2 > 0.0 ? 4.0 + (6.0 / g2) : double.PositiveInfinity;
    }

    internal static RiskEstimate FromSample(ReadOnlySpan<double> returns, double confidence, int horizonDays, HorizonScaling scaling, Func<double, double, RiskEstimate> oneDay)
    {
        Guard.Confidence(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        if (scaling == HorizonScaling.OverlappingReturns && horizonDays > 1)
        {
            double[] multi = MultiDayReturns.Overlapping(returns, horizonDays);
            Guard.Finite(multi, 2, nameof(returns));
            return oneDay(Moments.Mean(multi), Moments.StandardDeviation(multi)) with { HorizonDays = horizonDays };
        }

        Guard.Finite(returns, 2, nameof(returns));
        RiskEstimate one = oneDay(Moments.Mean(returns), Moments.StandardDeviation(returns));
        return horizonDays == 1 ? one : one.ScaleBySquareRootOfTime(horizonDays);
    }

    private static void RequireScale(double mean, double standardDeviation)
    {
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be finite");
        }

        if (!(standardDeviation >= 0.0) || double.IsPositiveInfinity(standardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "standard deviation must be finite and non-negative");
        }
    }
}
