using System.Globalization;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Tests.Volatility;

public sealed class ArchDocumentationTests
{
    /// <summary>
    /// arch's documentation, "Introduction to ARCH Models" (docs/source/univariate/introduction.rst, summary dated
    /// 2 Dec 2016): S&amp;P 500, 100 × Adj Close pct_change, 2000-01-01..2014-01-01, constant mean GARCH(1,1), normal, backcast,
    /// robust covariance. mu 0.0531 (1.487e-02), omega 0.0156 (4.932e-03), alpha 0.0879 (1.140e-02), beta 0.9014 (1.183e-02),
    /// log-likelihood −5141.39 (printed to two decimals).
    /// </summary>
    [Fact]
    public void Fit_Sp500_MatchesArchDocumentedSummary()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sp500_adjclose_arch.csv");
        var closes = File.ReadAllLines(path).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => string.CompareOrdinal(c[0], "2000-01-01") >= 0 && string.CompareOrdinal(c[0], "2014-01-01") <= 0)
            .Select(c => double.Parse(c[1], CultureInfo.InvariantCulture))
            .ToArray();
        double[] returns = closes.Zip(closes.Skip(1), (a, b) => 100 * ((b / a) - 1)).ToArray();
        Assert.Equal(3520, returns.Length);

        GarchFit fit = GarchEstimator.Fit(returns);
        Assert.True(fit.Converged);
        Assert.Equal(0.0531, fit["mu"], 4);
        Assert.Equal(0.0156, fit["omega"], 4);
        Assert.Equal(0.0879, fit["alpha"], 4);
        Assert.Equal(0.9014, fit["beta"], 4);
        double[] robust = [1.487e-02, 4.932e-03, 1.140e-02, 1.183e-02];
        for (int i = 0; i < 4; i++)
        {
            Fixture.Close(robust[i], fit.RobustStandardErrors[i], 0.01);
        }

        // arch's printed optimum; ours is at least as high and within 0.01.
        Assert.InRange(fit.LogLikelihood, -5141.395, -5141.37);
    }
}
