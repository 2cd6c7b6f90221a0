using Bastion.Pricing.European;
using Bastion.Pricing.Volatility;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Pricing.Tests.Volatility;

public sealed class ImpliedVolatilityTests
{
    [Fact]
    public void FromForward_MatchesQuantLibBlackFormulaImpliedStdDev()
    {
        int rows = 0;
        foreach (Fixture f in Fixture.Rows("implied_vol.csv"))
        {
            ImpliedVolatilityResult iv = ImpliedVolatility.FromForward(f.Type, f["price"], f["forward"], f["strike"], f["discount"], f["t"]);
            if (f["impliedStdDev"] == 0.0)
            {
                // QuantLib returns 0 where it sees no time value in double precision. We either say the price is at
                // intrinsic, or find a volatility that reprices it (1e-9 relative: these are 1e-40 prices in the far
                // wing, where d ln V / d ln σ is in the hundreds).
                if (iv.Status != ImpliedVolatilityStatus.BelowIntrinsic)
                {
                    Assert.True(iv.IsSolved, f + " " + iv.Reason);
                    double rate = -Math.Log(f["discount"]) / f["t"];
                    Close.Assert(f["price"], Black76.Price(f.Type, f["forward"], f["strike"], rate, iv.Volatility, f["t"]), 1e-9, 0, "reprice " + f);
                }

                continue;
            }

            Assert.True(iv.IsSolved, f + " " + iv.Reason);

            // QuantLib's solver (accuracy 1e-14 on the std dev) and ours agree to the conditioning of the price. In
            // the wings QuantLib's own price carries an absolute error of ~1e-16·max(F, K) (cancellation between
            // its two Φ terms), which moves σ by that error over vega: the allowance below.
            double vega = BlackScholesMerton.Greeks(f.Type, f["spot"], f["strike"], f["rate"], f["dividend"], f["vol"], f["t"]).VegaPerUnitVol;
            double conditioning = 2e-16 * Math.Max(f["forward"], f["strike"]) / Math.Max(vega, 1e-300);
            Close.Assert(f["impliedStdDev"], iv.Volatility * Math.Sqrt(f["t"]), 1e-10, Math.Sqrt(f["t"]) * conditioning, "stdDev " + f);

            // And ours reprices the given price (with the independent erfc-based pricer).
            double repriced = BlackScholesMerton.Price(f.Type, f["spot"], f["strike"], f["rate"], f["dividend"], iv.Volatility, f["t"]);
            Close.Assert(f["price"], repriced, 1e-10, 1e-14, "reprice " + f);
            rows++;
        }

        Assert.True(rows > 250, $"only {rows} rows");
    }

    [Fact]
    public void BlackScholesMerton_RoundTripsAcrossWideGrid_To1e10()
    {
        double[] strikes = [20, 50, 80, 95, 100, 105, 120, 200, 500];
        double[] vols = [0.01, 0.05, 0.2, 0.5, 1.0, 2.0, 4.0];
        double[] expiries = [1.0 / 365, 7.0 / 365, 0.25, 1, 5, 30];
        int checkedCount = 0;
        foreach (OptionType type in new[] { OptionType.Call, OptionType.Put })
        {
            foreach (double k in strikes)
            {
                foreach (double v in vols)
                {
                    foreach (double t in expiries)
                    {
                        double price = BlackScholesMerton.Price(type, 100, k, 0.03, 0.01, v, t);
                        OptionGreeks g = BlackScholesMerton.Greeks(type, 100, k, 0.03, 0.01, v, t);

                        // Skip prices that carry no information about σ in double precision (vega·σ below ~1e-12 of price,
                        // e.g. 1% vol, 1-day, strike 20: the price is its intrinsic value to the last bit).
                        if (g.VegaPerUnitVol * v < 1e-9 * price || price < 1e-250)
                        {
                            continue;
                        }

                        ImpliedVolatilityResult iv = ImpliedVolatility.BlackScholesMerton(type, price, 100, k, 0.03, 0.01, t);
                        Assert.True(iv.IsSolved, $"{type} K={k} σ={v} T={t}: {iv.Reason}");
                        // The price (and the intrinsic value F − K inside it) is known to ~1e-16 of the spot; that
                        // uncertainty divided by vega is the best any inversion can do.
                        double tolerance = (1e-10 * v) + (1e-15 * Math.Max(price, 100.0) / g.VegaPerUnitVol);
                        Assert.True(Math.Abs(iv.Volatility - v) <= tolerance, $"{type} K={k} σ={v} T={t}: got {iv.Volatility:R}, error {Math.Abs(iv.Volatility - v):E2}");
                        Assert.True(iv.Iterations <= 12, $"{type} K={k} σ={v} T={t}: {iv.Iterations} iterations");
                        checkedCount++;
                    }
                }
            }
        }

        Assert.True(checkedCount > 500, $"only {checkedCount} cases");
    }

    [Fact]
    public void RoundTrip_Property_ReturnsTheVolatility()
    {
        Prop.ForAll(
            Gen.Choose(-250, 250).Select(m => m / 100.0).ToArbitrary(),
            Gen.Choose(2, 300).Select(v => v / 100.0).ToArbitrary(),
            Gen.Choose(1, 3650).Select(d => d / 365.0).ToArbitrary(),
            (logMoneyness, vol, t) =>
            {
                double strike = 100 * Math.Exp(logMoneyness);
                OptionType type = logMoneyness > 0 ? OptionType.Call : OptionType.Put; // out of the money: full information
                double price = BlackScholesMerton.Price(type, 100, strike, 0.02, 0.0, vol, t);
                if (price < 1e-200)
                {
                    return true;
                }

                ImpliedVolatilityResult iv = ImpliedVolatility.BlackScholesMerton(type, price, 100, strike, 0.02, 0.0, t);
                return iv.IsSolved && Math.Abs(iv.Volatility - vol) <= 1e-10 * vol;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BelowIntrinsic_ReturnsStatusWithReason()
    {
        // A call struck at 80 on a forward of 100 with discount 1 is worth at least 20.
        ImpliedVolatilityResult iv = ImpliedVolatility.FromForward(OptionType.Call, 19.5, 100, 80, 1.0, 1.0);
        Assert.Equal(ImpliedVolatilityStatus.BelowIntrinsic, iv.Status);
        Assert.Contains("intrinsic", iv.Reason, StringComparison.Ordinal);
        Assert.True(double.IsNaN(iv.Volatility));
    }

    [Fact]
    public void AboveUpperBound_ReturnsStatusWithReason()
    {
        ImpliedVolatilityResult call = ImpliedVolatility.BlackScholesMerton(OptionType.Call, 100.5, 100, 100, 0.0, 0.0, 1.0);
        Assert.Equal(ImpliedVolatilityStatus.AboveUpperBound, call.Status);
        ImpliedVolatilityResult put = ImpliedVolatility.Black76(OptionType.Put, 96, 100, 100, 0.05, 1.0);
        Assert.Equal(ImpliedVolatilityStatus.AboveUpperBound, put.Status); // discounted strike 95.12
        Assert.Contains("upper bound", put.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Black76AndGarmanKohlhagen_RoundTrip()
    {
        double p76 = Black76.Price(OptionType.Put, 19, 21, 0.1, 0.28, 0.75);
        Assert.Equal(0.28, ImpliedVolatility.Black76(OptionType.Put, p76, 19, 21, 0.1, 0.75).Volatility, 12);
        double pgk = GarmanKohlhagen.Price(OptionType.Call, 1.56, 1.60, 0.06, 0.08, 0.12, 0.5);
        Assert.Equal(0.12, ImpliedVolatility.GarmanKohlhagen(OptionType.Call, pgk, 1.56, 1.60, 0.06, 0.08, 0.5).Volatility, 12);
    }
}
