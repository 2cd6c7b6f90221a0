using Bastion.Numerics.Statistics;
using NormalDistribution = Bastion.Numerics.Distributions.Normal;

namespace Bastion.Risk.VaR;

/// <summary>
/// Modified (Cornish–Fisher) VaR of Zangari (1996) and Favre and Galeano (2002), and the modified ES of
/// Boudt, Peterson and Croux (2008), as in R's PerformanceAnalytics <c>VaR/ES(method = "modified")</c>.
/// With z = Φ⁻¹(1 − c), skewness S and excess kurtosis K:
/// z_cf = z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36, VaR = −(μ + σ z_cf).
/// ES = −μ − σ·min(E_G, z_cf) with E_G = (1/(1 − c)) ∫₋∞^z_cf u g(u) du, g the second-order Edgeworth density
/// φ(u)[1 + S He₃(u)/6 + K He₄(u)/24 + S² He₆(u)/72] (the integral is evaluated exactly from the incomplete normal moments).
/// Moments from a sample: μ the mean, σ the sample (n − 1) standard deviation, S and K the population (moment-ratio) estimators,
/// PerformanceAnalytics' defaults. Thread-safe.
/// </summary>
public static class CornishFisherVaR
{
    /// <summary>Modified VaR and ES from given moments (S skewness, K excess kurtosis).</summary>
    public static RiskEstimate Estimate(double mean, double standardDeviation, double skewness, double excessKurtosis, double confidence, int horizonDays = 1)
    {
        Guard.Confidence(confidence);
        if (!double.IsFinite(mean) || !(standardDeviation >= 0.0) || !double.IsFinite(skewness) || !double.IsFinite(excessKurtosis))
        {
            throw new ArgumentException("mean, standard deviation, skewness and kurtosis must be finite (σ ≥ 0)", nameof(standardDeviation));
        }

        double alpha = 1.0 - confidence;
        double s = skewness, k = excessKurtosis;
        double z = NormalDistribution.InverseCdf(alpha);
        double z2 = z * z, z3 = z2 * z;
        double zcf = z + ((z2 - 1.0) * s / 6.0) + ((z3 - (3.0 * z)) * k / 24.0) - (((2.0 * z3) - (5.0 * z)) * s * s / 36.0);

        // Incomplete normal moments I_q = ∫₋∞^h u^q φ(u) du by I_q = −h^{q−1} φ(h) + (q − 1) I_{q−2}.
        Span<double> moment = stackalloc double[8];
        double phi = NormalDistribution.Pdf(zcf);
        moment[0] = NormalDistribution.Cdf(zcf);
        moment[1] = -phi;
        double power = 1.0;
        for (int q = 2; q < 8; q++)
        {
            power *= zcf;
            moment[q] = (-power * phi) + ((q - 1) * moment[q - 2]);
        }

        double tail = moment[1]
            + (s / 6.0 * (moment[4] - (3.0 * moment[2])))
            + (k / 24.0 * (moment[5] - (6.0 * moment[3]) + (3.0 * moment[1])))
            + (s * s / 72.0 * (moment[7] - (15.0 * moment[5]) + (45.0 * moment[3]) - (15.0 * moment[1])));
        double tailMean = tail / alpha;
        double var = -(mean + (standardDeviation * zcf));
        double es = -mean - (standardDeviation * Math.Min(tailMean, zcf));
        return new RiskEstimate(var, es, confidence, horizonDays);
    }

    /// <summary>Modified VaR and ES of a return series (moments estimated as described on the type).</summary>
    public static RiskEstimate FromSample(ReadOnlySpan<double> returns, double confidence, int horizonDays = 1, HorizonScaling scaling = HorizonScaling.SquareRootOfTime)
    {
        Guard.Confidence(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        ReadOnlySpan<double> sample = scaling == HorizonScaling.OverlappingReturns && horizonDays > 1
            ? MultiDayReturns.Overlapping(returns, horizonDays)
            : returns;
        Guard.Finite(sample, 4, nameof(returns));
        RiskEstimate one = Estimate(
            Moments.Mean(sample),
            Moments.StandardDeviation(sample),
            Moments.Skewness(sample),
            Moments.ExcessKurtosis(sample),
            confidence,
            scaling == HorizonScaling.OverlappingReturns ? horizonDays : 1);
        return scaling == HorizonScaling.SquareRootOfTime && horizonDays > 1 ? one.ScaleBySquareRootOfTime(horizonDays) : one;
    }
}
