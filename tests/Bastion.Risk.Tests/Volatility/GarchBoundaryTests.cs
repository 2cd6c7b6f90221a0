using System.Text.Json;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Tests.Volatility;

/// <summary>
/// A GARCH(1,1) whose likelihood is maximized at β = 0 (an ARCH(1) fit): Walmart's last 1,000 daily percent returns,
/// against SciPy SLSQP multi-start maxima (tools/fixtures/risk/garch_beta_zero.py). Raw-parameter BFGS used to stall
/// on the bound (α 0.25, ln L −1586.95 against −1577.98).
/// </summary>
public sealed class GarchBoundaryTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("garch_beta_zero.json");

    [Theory]
    [InlineData("backcast")]
    [InlineData("sample")]
    public void Fit_OptimumAtBetaZero_ReachesScipyMaximum(string start)
    {
        double[] returns = s_fixture.GetProperty("returns").Doubles();
        JsonElement expected = s_fixture.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("start").GetString() == start);
        var spec = new GarchSpecification(Start: start == "sample" ? VarianceStart.SampleVariance : VarianceStart.Backcast);

        GarchFit fit = GarchEstimator.Fit(returns, spec);

        Assert.True(fit.LogLikelihood >= expected.GetProperty("loglik").GetDouble() - 1e-6, $"ln L {fit.LogLikelihood:R}");
        double[] p = expected.GetProperty("params").Doubles();
        Fixture.Close(p[0], fit["mu"], 2e-3, 2e-4);
        Fixture.Close(p[1], fit["omega"], 2e-3);
        Fixture.Close(p[2], fit["alpha"], 2e-3);
        Assert.True(fit["beta"] < 1e-6, $"beta {fit["beta"]:R}");
    }
}
