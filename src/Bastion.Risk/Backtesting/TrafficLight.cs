namespace Bastion.Risk.Backtesting;

/// <summary>
/// The Basel Committee's traffic light ("Supervisory framework for the use of backtesting in conjunction with the internal
/// models approach to market risk capital requirements", January 1996): zone by the binomial cumulative probability of the
/// exception count, green below 95%, red from 99.99%. For 250 days at 99%: green 0–4, yellow 5–9, red 10 or more.
/// </summary>
public static class TrafficLight
{
    private static readonly double[] s_plusFactors = [0.0, 0.0, 0.0, 0.0, 0.0, 0.40, 0.50, 0.65, 0.75, 0.85];

    /// <summary>Classifies <paramref name="exceptions"/> in <paramref name="observations"/> days against probability <paramref name="probability"/>.</summary>
    public static TrafficLightResult Classify(int observations, int exceptions, double probability = 0.01)
    {
        CoverageTests.CheckCounts(observations, exceptions, probability);
        double cumulative = Numerics.Distributions.Binomial.Cdf(exceptions, observations, probability);
        TrafficLightZone zone = cumulative < 0.95 ? TrafficLightZone.Green : cumulative < 0.9999 ? TrafficLightZone.Yellow : TrafficLightZone.Red;
        double plus = observations == 250 && Math.Abs(probability - 0.01) < 1e-12
            ? exceptions < s_plusFactors.Length ? s_plusFactors[exceptions] : 1.0
            : double.NaN;
        return new TrafficLightResult(observations, exceptions, probability, cumulative, zone, plus);
    }
}
