namespace Bastion.Risk.Volatility;

/// <summary>The start value s of <see cref="VarianceStart"/> and its derivative with respect to a common shift of the residuals.</summary>
internal static class StartValue
{
    public const int BackcastWindow = 75;

    public const double BackcastDecay = 0.94;

    /// <summary>s for residuals e, and ds/dμ for e = r − μ (so ∂eₜ/∂μ = −1).</summary>
    public static double Compute(ReadOnlySpan<double> residuals, VarianceStart start, out double derivativeWrtMean)
    {
        if (start == VarianceStart.SampleVariance)
        {
            double ss = 0.0, sum = 0.0;
            foreach (double e in residuals)
            {
                ss += e * e;
                sum += e;
            }

            derivativeWrtMean = -2.0 * sum / residuals.Length;
            return ss / residuals.Length;
        }

        int tau = Math.Min(BackcastWindow, residuals.Length);
        double w = 1.0, wsum = 0.0, acc = 0.0, dacc = 0.0;
        for (int j = 0; j < tau; j++)
        {
            wsum += w;
            acc += w * residuals[j] * residuals[j];
            dacc += w * residuals[j];
            w *= BackcastDecay;
        }

        derivativeWrtMean = -2.0 * dacc / wsum;
        return acc / wsum;
    }
}
