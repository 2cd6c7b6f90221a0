using System.Text.Json;
using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Risk.Tests.VaR;

public sealed class SingleSeriesVaRTests
{
    private static readonly JsonElement s_fixture = Fixture.Load("var_spy.json");
    private static readonly double[] s_returns = s_fixture.GetProperty("returns").Doubles();

    public static TheoryData<double> Confidences => new() { 0.95, 0.975, 0.99 };

    private static JsonElement Case(double confidence)
        => s_fixture.GetProperty("cases").EnumerateArray().Single(c => Math.Abs(c.GetProperty("confidence").GetDouble() - confidence) < 1e-12);

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Historical_EveryQuantileMethod_MatchesNumPy(double confidence)
    {
        JsonElement c = Case(confidence);
        foreach ((QuantileMethod method, string key) in new[]
        {
            (QuantileMethod.Linear, "linear"), (QuantileMethod.Lower, "lower"), (QuantileMethod.Higher, "higher"),
            (QuantileMethod.Nearest, "nearest"), (QuantileMethod.Midpoint, "midpoint"),
        })
        {
            double[] expected = c.GetProperty("historical_" + key).Doubles();
            RiskEstimate r = HistoricalVaR.Estimate(s_returns, confidence, method);
            Fixture.Close(expected[0], r.ValueAtRisk, 1e-12);
            Fixture.Close(expected[1], r.ExpectedShortfall, 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Historical_Overlapping10Day_MatchesNumPy(double confidence)
    {
        double[] expected = Case(confidence).GetProperty("historical_overlapping10").Doubles();
        RiskEstimate r = HistoricalVaR.Estimate(s_returns, confidence, 10, HorizonScaling.OverlappingReturns);
        Fixture.Close(expected[0], r.ValueAtRisk, 1e-11);
        Fixture.Close(expected[1], r.ExpectedShortfall, 1e-11);
        Assert.Equal(10, r.HorizonDays);
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Parametric_NormalAndStudentT_MatchScipyIntegration(double confidence)
    {
        JsonElement c = Case(confidence);
        double[] normal = c.GetProperty("normal").Doubles();
        RiskEstimate n = ParametricVaR.NormalFromSample(s_returns, confidence);
        Fixture.Close(normal[0], n.ValueAtRisk, 1e-9);
        Fixture.Close(normal[1], n.ExpectedShortfall, 1e-8);

        double[] t = c.GetProperty("student_t_nu5").Doubles();
        RiskEstimate st = ParametricVaR.StudentTFromSample(s_returns, 5.0, confidence);
        Fixture.Close(t[0], st.ValueAtRisk, 1e-8);
        Fixture.Close(t[1], st.ExpectedShortfall, 1e-7);
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void CornishFisher_VaRAndBoudtPetersonCrouxES_MatchEdgeworthIntegration(double confidence)
    {
        double[] expected = Case(confidence).GetProperty("cornish_fisher").Doubles();
        RiskEstimate r = CornishFisherVaR.FromSample(s_returns, confidence);
        Fixture.Close(expected[0], r.ValueAtRisk, 1e-9);
        Fixture.Close(expected[1], r.ExpectedShortfall, 1e-7);
    }

    [Fact]
    public void CornishFisher_ZeroSkewAndKurtosis_EqualsNormal()
    {
        RiskEstimate cf = CornishFisherVaR.Estimate(0.001, 0.02, 0.0, 0.0, 0.99);
        RiskEstimate n = ParametricVaR.Normal(0.001, 0.02, 0.99);
        Fixture.Close(n.ValueAtRisk, cf.ValueAtRisk, 1e-13);
        Fixture.Close(n.ExpectedShortfall, cf.ExpectedShortfall, 1e-12);
    }

    [Fact]
    public void SquareRootOfTime_ScalesOneDayBySqrtH()
    {
        RiskEstimate one = HistoricalVaR.Estimate(s_returns, 0.99);
        RiskEstimate ten = HistoricalVaR.Estimate(s_returns, 0.99, 10, HorizonScaling.SquareRootOfTime);
        Fixture.Close(one.ValueAtRisk * Math.Sqrt(10), ten.ValueAtRisk, 1e-14);
        Fixture.Close(one.ExpectedShortfall * Math.Sqrt(10), ten.ExpectedShortfall, 1e-14);
    }

    [Fact]
    public void Historical_TooFewObservations_NamesTheNeed()
    {
        var ex = Assert.Throws<ArgumentException>(() => HistoricalVaR.Estimate(s_returns.AsSpan(0, 50), 0.99));
        Assert.Contains("at least 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Historical_NaN_Throws()
    {
        double[] bad = (double[])s_returns.Clone();
        bad[7] = double.NaN;
        Assert.Throws<ArgumentException>(() => HistoricalVaR.Estimate(bad, 0.95));
    }

    [Fact]
    public void AllMethods_VaRMonotoneInConfidence_AndESAtLeastVaR()
    {
        Prop.ForAll(
            Arb.From(Gen.Choose(500, 989).Select(k => k / 1000.0)),
            c =>
            {
                double c2 = c + 0.01;
                foreach (Func<double, RiskEstimate> f in new Func<double, RiskEstimate>[]
                {
                    x => HistoricalVaR.Estimate(s_returns, x),
                    x => ParametricVaR.NormalFromSample(s_returns, x),
                    x => ParametricVaR.StudentTFromSample(s_returns, 4.0, x),
                    x => CornishFisherVaR.FromSample(s_returns, x),
                })
                {
                    RiskEstimate a = f(c), b = f(c2);
                    if (b.ValueAtRisk < a.ValueAtRisk - 1e-15 || a.ExpectedShortfall < a.ValueAtRisk - 1e-15)
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }
}
