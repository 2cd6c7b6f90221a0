using Bastion.Pricing.European;

namespace Bastion.Pricing.Tests.European;

/// <summary>
/// Analytic European values against QuantLib 1.29 (fixtures from tools/fixtures/pricing/reference.cpp).
/// QuantLib's own europeanoption test-suite uses 1e-4 absolute for Haug's table and relative checks around 1e-10
/// to 1e-12 between engines; here: 1e-12 relative on price, 1e-10 relative on Greeks, plus a tiny absolute floor
/// for values that are zero to double precision.
/// </summary>
public sealed class QuantLibEuropeanTests
{
    [Fact]
    public void BlackScholesMerton_MatchesQuantLibAnalyticEuropeanEngine()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("european_bsm.csv"))
        {
            OptionGreeks g = BlackScholesMerton.Greeks(f.Type, f["spot"], f["strike"], f["rate"], f["dividend"], f["vol"], f["t"]);
            string at = f.ToString();
            Close.Assert(f["value"], g.Price, 1e-12, 1e-13, "value " + at);
            Close.Assert(f["delta"], g.Delta, 1e-10, 1e-14, "delta " + at);
            Close.Assert(f["gamma"], g.Gamma, 1e-10, 1e-14, "gamma " + at);
            Close.Assert(f["vega"], g.VegaPerUnitVol, 1e-10, 1e-12, "vega " + at);
            Close.Assert(f["theta"], g.ThetaPerYear, 1e-10, 1e-11, "theta " + at);
            Close.Assert(f["thetaPerDay"], g.ThetaPerDay, 1e-10, 1e-13, "thetaPerDay " + at);
            Close.Assert(f["rho"], g.RhoPerUnitRate, 1e-10, 1e-12, "rho " + at);
            Close.Assert(f["dividendRho"], g.DividendRhoPerUnitRate, 1e-10, 1e-12, "dividendRho " + at);

            // Vanna and volga are central differences of QuantLib's vega (relative bump 1e-4): their truncation error is
            // O(h²·∂³vega), up to ~3e-5 relative for one-week at-the-money options, hence 1e-4.
            Close.Assert(f["vanna"], g.Vanna, 1e-4, 1e-6, "vanna " + at);
            Close.Assert(f["volga"], g.Volga, 1e-4, 1e-5, "volga " + at);
            rows++;
        }

        Assert.Equal(288, rows);
    }

    [Fact]
    public void Black76_MatchesQuantLibBlackCalculator()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("black76.csv"))
        {
            OptionGreeks g = Black76.Greeks(f.Type, f["forward"], f["strike"], f["rate"], f["vol"], f["t"]);
            string at = f.ToString();
            Close.Assert(f["value"], g.Price, 1e-12, 1e-13, "value " + at);
            Close.Assert(f["deltaForward"], g.Delta, 1e-10, 1e-14, "deltaForward " + at);
            Close.Assert(f["gammaForward"], g.Gamma, 1e-10, 1e-14, "gammaForward " + at);
            Close.Assert(f["vega"], g.VegaPerUnitVol, 1e-10, 1e-12, "vega " + at);
            rows++;
        }

        Assert.Equal(144, rows);
    }

    [Fact]
    public void GarmanKohlhagen_MatchesQuantLibGarmanKohlagenProcess()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("garman_kohlhagen.csv"))
        {
            OptionGreeks g = GarmanKohlhagen.Greeks(f.Type, f["spot"], f["strike"], f["domesticRate"], f["foreignRate"], f["vol"], f["t"]);
            string at = f.ToString();
            Close.Assert(f["value"], g.Price, 1e-12, 1e-14, "value " + at);
            Close.Assert(f["delta"], g.Delta, 1e-10, 1e-14, "delta " + at);
            Close.Assert(f["gamma"], g.Gamma, 1e-10, 1e-13, "gamma " + at);
            Close.Assert(f["vega"], g.VegaPerUnitVol, 1e-10, 1e-13, "vega " + at);
            Close.Assert(f["theta"], g.ThetaPerYear, 1e-10, 1e-12, "theta " + at);
            Close.Assert(f["rho"], g.RhoPerUnitRate, 1e-10, 1e-13, "rho " + at);
            Close.Assert(f["foreignRho"], g.DividendRhoPerUnitRate, 1e-10, 1e-13, "foreignRho " + at);
            rows++;
        }

        Assert.Equal(144, rows);
    }

    [Fact]
    public void Batch_AgreesWithScalarAndQuantLib()
    {
        List<Fixture> rows = Fixture.Rows("european_bsm.csv").ToList();
        int n = rows.Count;
        OptionType[] types = rows.Select(r => r.Type).ToArray();
        double[] s = rows.Select(r => r["spot"]).ToArray();
        double[] k = rows.Select(r => r["strike"]).ToArray();
        double[] r = rows.Select(r => r["rate"]).ToArray();
        double[] q = rows.Select(r => r["dividend"]).ToArray();
        double[] v = rows.Select(r => r["vol"]).ToArray();
        double[] t = rows.Select(r => r["t"]).ToArray();

        // n − 3 exercises the padded tail path too.
        int m = n - 3;
        double[][] outputs = Enumerable.Range(0, 7).Select(_ => new double[m]).ToArray();
        EuropeanBatch.Evaluate(
            types.AsSpan(0, m), s.AsSpan(0, m), k.AsSpan(0, m), r.AsSpan(0, m), q.AsSpan(0, m), v.AsSpan(0, m), t.AsSpan(0, m),
            new EuropeanBatchOutput(outputs[0], outputs[1], outputs[2], outputs[3], outputs[4], outputs[5], outputs[6]));
        for (int i = 0; i < m; i++)
        {
            Fixture f = rows[i];
            string at = f.ToString();
            Close.Assert(f["value"], outputs[0][i], 1e-11, 1e-12, "value " + at);
            Close.Assert(f["delta"], outputs[1][i], 1e-10, 1e-13, "delta " + at);
            Close.Assert(f["gamma"], outputs[2][i], 1e-10, 1e-13, "gamma " + at);
            Close.Assert(f["vega"], outputs[3][i], 1e-10, 1e-11, "vega " + at);
            Close.Assert(f["theta"], outputs[4][i], 1e-10, 1e-10, "theta " + at);
            Close.Assert(f["rho"], outputs[5][i], 1e-10, 1e-11, "rho " + at);
            Close.Assert(f["dividendRho"], outputs[6][i], 1e-10, 1e-11, "dividendRho " + at);
        }
    }
}
