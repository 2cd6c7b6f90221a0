using Bastion.Risk.VaR;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Tests.VaR;

public sealed class FilteredHistoricalVaRTests
{
    [Fact]
    public void Ewma_MatchesNumPyFilteredScenarios()
    {
        var fixture = Fixture.Load("var_spy.json");
        double[] r = fixture.GetProperty("returns").Doubles();
        foreach (var c in fixture.GetProperty("fhs_ewma").EnumerateArray())
        {
            RiskEstimate e = FilteredHistoricalVaR.Estimate(r, c.GetProperty("confidence").GetDouble());
            Fixture.Close(c.GetProperty("var").GetDouble(), e.ValueAtRisk, 1e-11);
            Fixture.Close(c.GetProperty("es").GetDouble(), e.ExpectedShortfall, 1e-11);
        }
    }

    [Fact]
    public void Garch_ScenariosAreStandardizedResidualsTimesForecastVolatility()
    {
        double[] r = Fixture.Load("garch_dmbp.json").GetProperty("returns").Doubles();
        GarchFit fit = GarchEstimator.Fit(r);
        double[] scenarios = FilteredHistoricalVaR.Scenarios(r, VolatilityFilter.Garch);
        double mu = fit["mu"];
        for (int t = 0; t < r.Length; t += 97)
        {
            double z = (r[t] - mu) / Math.Sqrt(fit.ConditionalVariances[t]);
            Fixture.Close(mu + (z * Math.Sqrt(fit.NextVariance)), scenarios[t], 1e-12);
        }

        RiskEstimate e = FilteredHistoricalVaR.Estimate(r, 0.99, VolatilityFilter.Garch, horizonDays: 10);
        Fixture.Close(HistoricalVaR.Estimate(scenarios, 0.99).ValueAtRisk * Math.Sqrt(10), e.ValueAtRisk, 1e-12);
    }
}
