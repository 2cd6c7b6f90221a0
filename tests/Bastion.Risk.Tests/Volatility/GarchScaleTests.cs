using System.Text.Json;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Tests.Volatility;

/// <summary>
/// The likelihood is scale-equivariant: for c·r, μ scales by c, ω by c², α and β are unchanged and ln L shifts by
/// −n ln c. Decimal returns must therefore give the published DM/BP benchmark (Fiorentini, Calzolari and Panattoni 1996,
/// percent returns) mapped to decimal units, and converge as the percent fit does.
/// </summary>
public sealed class GarchScaleTests
{
    private static readonly double[] s_dmbpPercent = Fixture.Load("garch_dmbp.json").GetProperty("returns").Doubles();

    [Fact]
    public void Fit_DecimalReturns_MatchesPublishedBenchmarkInDecimalUnits()
    {
        double[] decimals = s_dmbpPercent.Select(r => r / 100.0).ToArray();
        var spec = new GarchSpecification(Start: VarianceStart.SampleVariance);

        GarchFit fit = GarchEstimator.Fit(decimals, spec);
        GarchFit percent = GarchEstimator.Fit(s_dmbpPercent, spec);

        Assert.True(fit.Converged);
        Fixture.Close(-0.00619041 / 100.0, fit["mu"], 2e-4);
        Fixture.Close(0.0107613 / 1e4, fit["omega"], 2e-4);
        Fixture.Close(0.153134, fit["alpha"], 1e-4);
        Fixture.Close(0.805974, fit["beta"], 1e-4);
        Fixture.Close(0.00846212 / 100.0, fit.HessianStandardErrors[0], 3e-3);
        Fixture.Close(0.00285271 / 1e4, fit.HessianStandardErrors[1], 3e-3);
        Fixture.Close(percent.LogLikelihood + (decimals.Length * Math.Log(100.0)), fit.LogLikelihood, 1e-10);
        Fixture.Close(percent.NextVariance / 1e4, fit.NextVariance, 1e-8);
        Fixture.Close(percent.ConditionalVariances[^1] / 1e4, fit.ConditionalVariances[^1], 1e-8);
    }
}
