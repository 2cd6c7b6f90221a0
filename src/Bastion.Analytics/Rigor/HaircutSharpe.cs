using Bastion.Numerics.Distributions;

namespace Bastion.Analytics.Rigor;

/// <summary>
/// Harvey and Liu's haircut Sharpe ratio ("Backtesting", J. of Portfolio Management 42(1), 2015): the Sharpe ratio's
/// t-statistic t = SR_annual·√(T / periodsPerYear) gives a two-sided p-value 2(1 − Φ(|t|)); the p-value is adjusted
/// for multiple testing and mapped back to a Sharpe ratio, and the haircut is the relative reduction.
/// </summary>
/// <remarks>
/// Harvey and Liu's Holm and BHY variants simulate the p-values of unobserved tests from a model fitted to the
/// factor literature; Bastion does NOT do that. Holm, BH and BHY here use the p-values of the trials you supply
/// (all with the same number of observations); Bonferroni needs only the number of trials. No autocorrelation
/// adjustment is applied.
/// </remarks>
public static class HaircutSharpe
{
    /// <summary>Haircut against <paramref name="trials"/> tests with the Bonferroni adjustment (needs no other p-values).</summary>
    public static Haircut Bonferroni(double annualSharpe, int observations, double periodsPerYear, int trials)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "needs at least 1 trial");
        }

        double p = PValue(annualSharpe, observations, periodsPerYear);
        return Build(annualSharpe, observations, periodsPerYear, p, Math.Min(p * trials, 1.0), trials, MultipleTestingMethod.Bonferroni);
    }

    /// <summary>
    /// Haircut of the Sharpe ratio <paramref name="annualSharpe"/> tested together with <paramref name="otherTrialAnnualSharpes"/>
    /// (annualized, same number of observations), adjusted by <paramref name="method"/>.
    /// </summary>
    public static Haircut Compute(double annualSharpe, int observations, double periodsPerYear, ReadOnlySpan<double> otherTrialAnnualSharpes, MultipleTestingMethod method)
    {
        int m = otherTrialAnnualSharpes.Length + 1;
        var p = new double[m];
        p[0] = PValue(annualSharpe, observations, periodsPerYear);
        for (int i = 1; i < m; i++)
        {
            p[i] = PValue(otherTrialAnnualSharpes[i - 1], observations, periodsPerYear);
        }

        double[] adjusted = MultipleTesting.Adjust(p, method);
        return Build(annualSharpe, observations, periodsPerYear, p[0], adjusted[0], m, method);
    }

    /// <summary>Two-sided p-value of an annualized Sharpe ratio over <paramref name="observations"/> periods.</summary>
    public static double PValue(double annualSharpe, int observations, double periodsPerYear)
    {
        if (!double.IsFinite(annualSharpe))
        {
            throw new ArgumentOutOfRangeException(nameof(annualSharpe), annualSharpe, "Sharpe ratio must be finite");
        }

        if (observations < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(observations), observations, "needs at least 2 observations");
        }

        if (!(periodsPerYear > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "periods per year must be positive");
        }

        double t = Math.Abs(annualSharpe) * Math.Sqrt(observations / periodsPerYear);
        return 2.0 * Normal.Cdf(-t);
    }

    private static Haircut Build(double sr, int observations, double periodsPerYear, double p, double pAdjusted, int trials, MultipleTestingMethod method)
    {
        double tAdj = pAdjusted >= 1.0 ? 0.0 : -Normal.InverseCdf(pAdjusted / 2.0);
        double srAdj = Math.Sign(sr) * tAdj / Math.Sqrt(observations / periodsPerYear);
        double cut = sr != 0.0 ? 1.0 - (srAdj / sr) : double.NaN;
        return new Haircut(sr, srAdj, cut, p, pAdjusted, trials, method);
    }
}
