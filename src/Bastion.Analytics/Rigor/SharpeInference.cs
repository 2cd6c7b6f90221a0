using Bastion.Numerics.Distributions;

namespace Bastion.Analytics.Rigor;

/// <summary>
/// Inference on a Sharpe ratio under non-normal returns, after Bailey and López de Prado: the probabilistic Sharpe
/// ratio and minimum track record length ("The Sharpe Ratio Efficient Frontier", J. of Risk 15(2), 2012) and the
/// deflated Sharpe ratio ("The Deflated Sharpe Ratio", J. of Portfolio Management 40(5), 2014).
/// Every Sharpe ratio here is PER PERIOD (not annualized): SR_annual / √periodsPerYear. Kurtosis is RAW (3 for normal).
/// Thread-safe, allocation-free.
/// </summary>
public static class SharpeInference
{
    /// <summary>The Euler–Mascheroni constant γ used in the expected maximum of N Sharpe ratios.</summary>
    public const double EulerMascheroni = 0.5772156649015328606065120900824;

    /// <summary>
    /// PSR(SR*) = Φ( (SR − SR*)·√(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²) ): the probability that the true Sharpe ratio
    /// exceeds <paramref name="benchmarkSharpe"/>. NaN when the variance term is not positive.
    /// </summary>
    /// <param name="sharpe">Observed per-period Sharpe ratio.</param>
    /// <param name="benchmarkSharpe">Per-period threshold SR*.</param>
    /// <param name="observations">Number of returns n (≥ 2).</param>
    /// <param name="skewness">Skewness γ₃ of the returns.</param>
    /// <param name="kurtosis">Raw kurtosis γ₄ of the returns (3 for normal).</param>
    public static double ProbabilisticSharpeRatio(double sharpe, double benchmarkSharpe, int observations, double skewness, double kurtosis)
    {
        Require(sharpe, benchmarkSharpe, skewness, kurtosis);
        if (observations < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(observations), observations, "needs at least 2 observations");
        }

        double v = VarianceTerm(sharpe, skewness, kurtosis);
        return v > 0.0 ? Normal.Cdf((sharpe - benchmarkSharpe) * Math.Sqrt(observations - 1.0) / Math.Sqrt(v)) : double.NaN;
    }

    /// <summary>
    /// Minimum track record length: MinTRL = 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(Φ⁻¹(confidence) / (SR − SR*))², the number
    /// of observations needed for PSR(SR*) to reach <paramref name="confidence"/>. NaN when SR ≤ SR* (no track
    /// record is long enough) or the variance term is not positive.
    /// </summary>
    public static double MinimumTrackRecordLength(double sharpe, double benchmarkSharpe, double skewness, double kurtosis, double confidence = 0.95)
    {
        Require(sharpe, benchmarkSharpe, skewness, kurtosis);
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1)");
        }

        double v = VarianceTerm(sharpe, skewness, kurtosis);
        if (!(sharpe > benchmarkSharpe) || !(v > 0.0))
        {
            return double.NaN;
        }

        double z = Normal.InverseCdf(confidence) / (sharpe - benchmarkSharpe);
        return 1.0 + (v * z * z);
    }

    /// <summary>
    /// Expected maximum of <paramref name="trials"/> independent Sharpe ratio estimates whose true value is zero,
    /// E[max SR] ≈ √V·((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))) (Bailey &amp; López de Prado 2014, eq. 2; γ is
    /// Euler–Mascheroni). This is SR₀, the threshold of the deflated Sharpe ratio.
    /// </summary>
    /// <param name="trialVariance">Variance V of the per-period Sharpe ratios across trials.</param>
    /// <param name="trials">Number of independent trials N (≥ 2).</param>
    public static double ExpectedMaximumSharpe(double trialVariance, int trials)
    {
        if (!(trialVariance >= 0.0 && double.IsFinite(trialVariance)))
        {
            throw new ArgumentOutOfRangeException(nameof(trialVariance), trialVariance, "variance of trial Sharpe ratios must be finite and non-negative");
        }

        if (trials < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "needs at least 2 trials");
        }

        double a = Normal.InverseCdf(1.0 - (1.0 / trials));
        double b = Normal.InverseCdf(1.0 - (1.0 / (trials * Math.E)));
        return Math.Sqrt(trialVariance) * (((1.0 - EulerMascheroni) * a) + (EulerMascheroni * b));
    }

    /// <summary>
    /// Deflated Sharpe ratio: PSR with the threshold SR₀ = <see cref="ExpectedMaximumSharpe"/>(V, N), the probability
    /// that the selected strategy's true Sharpe ratio is positive after accounting for N trials.
    /// </summary>
    public static DeflatedSharpe DeflatedSharpeRatio(double sharpe, int observations, double skewness, double kurtosis, double trialVariance, int trials)
    {
        double sr0 = ExpectedMaximumSharpe(trialVariance, trials);
        double dsr = ProbabilisticSharpeRatio(sharpe, sr0, observations, skewness, kurtosis);
        return new DeflatedSharpe(dsr, sr0, trials, trialVariance);
    }

    /// <summary>
    /// Deflated Sharpe ratio from the per-period Sharpe ratios of every trial (including the selected one):
    /// N is their count and V their sample variance (ddof = 1).
    /// </summary>
    public static DeflatedSharpe DeflatedSharpeRatio(double sharpe, int observations, double skewness, double kurtosis, ReadOnlySpan<double> trialSharpes)
    {
        if (trialSharpes.Length < 2)
        {
            throw new ArgumentException($"needs at least 2 trial Sharpe ratios, got {trialSharpes.Length}", nameof(trialSharpes));
        }

        double mean = 0;
        foreach (double s in trialSharpes)
        {
            if (!double.IsFinite(s))
            {
                throw new ArgumentException($"trial Sharpe ratio {s} is not finite", nameof(trialSharpes));
            }

            mean += s;
        }

        mean /= trialSharpes.Length;
        double ss = 0;
        foreach (double s in trialSharpes)
        {
            ss += (s - mean) * (s - mean);
        }

        return DeflatedSharpeRatio(sharpe, observations, skewness, kurtosis, ss / (trialSharpes.Length - 1), trialSharpes.Length);
    }

    private static double VarianceTerm(double sharpe, double skewness, double kurtosis)
        => 1.0 - (skewness * sharpe) + ((kurtosis - 1.0) / 4.0 * sharpe * sharpe);

    private static void Require(double sharpe, double benchmarkSharpe, double skewness, double kurtosis)
    {
        if (!double.IsFinite(sharpe))
        {
            throw new ArgumentOutOfRangeException(nameof(sharpe), sharpe, "Sharpe ratio must be finite");
        }

        if (!double.IsFinite(benchmarkSharpe))
        {
            throw new ArgumentOutOfRangeException(nameof(benchmarkSharpe), benchmarkSharpe, "benchmark Sharpe ratio must be finite");
        }

        if (!double.IsFinite(skewness))
        {
            throw new ArgumentOutOfRangeException(nameof(skewness), skewness, "skewness must be finite");
        }

        if (!(kurtosis > 0.0 && double.IsFinite(kurtosis)))
        {
            throw new ArgumentOutOfRangeException(nameof(kurtosis), kurtosis, "kurtosis is raw (3 for normal) and must be positive");
        }
    }
}
