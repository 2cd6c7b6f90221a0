namespace Bastion.Risk.Backtesting;

/// <summary>Runs every coverage test from VaR forecasts and realized P&amp;L, from a hit sequence, or from counts.</summary>
public static class VaRBacktest
{
    /// <summary>
    /// Exceptions are days with −P&amp;Lₜ &gt; VaRₜ (VaR positive, P&amp;L signed, same units). <paramref name="probability"/> is 1 − VaR confidence.
    /// </summary>
    public static BacktestReport FromForecasts(ReadOnlySpan<double> valueAtRisk, ReadOnlySpan<double> profitAndLoss, double probability)
    {
        if (valueAtRisk.Length != profitAndLoss.Length || valueAtRisk.Length < 2)
        {
            throw new ArgumentException($"{valueAtRisk.Length} VaR forecasts for {profitAndLoss.Length} P&L days (need equal lengths, at least 2)", nameof(valueAtRisk));
        }

        var hits = new bool[valueAtRisk.Length];
        for (int t = 0; t < hits.Length; t++)
        {
            if (!double.IsFinite(valueAtRisk[t]) || !double.IsFinite(profitAndLoss[t]))
            {
                throw new ArgumentException($"day {t} has a non-finite VaR or P&L", nameof(profitAndLoss));
            }

            hits[t] = -profitAndLoss[t] > valueAtRisk[t];
        }

        return FromHits(hits, probability);
    }

    /// <summary>Every test on a hit sequence (true = exception).</summary>
    public static BacktestReport FromHits(ReadOnlySpan<bool> hits, double probability)
    {
        int x = CoverageTests.Count(hits);
        int first = hits.IndexOf(true) + 1;
        return new BacktestReport(
            hits.Length,
            x,
            probability,
            first,
            CoverageTests.ProportionOfFailures(hits.Length, x, probability),
            CoverageTests.TimeUntilFirstFailure(first, probability),
            CoverageTests.Independence(hits),
            CoverageTests.ConditionalCoverage(hits, probability),
            TrafficLight.Classify(hits.Length, x, probability));
    }

    /// <summary>The count-based tests (POF, traffic light) when only N and x are known.</summary>
    public static BacktestReport FromCounts(int observations, int exceptions, double probability)
        => new(
            observations,
            exceptions,
            probability,
            0,
            CoverageTests.ProportionOfFailures(observations, exceptions, probability),
            new LikelihoodRatioTest("TUFF", double.NaN, double.NaN, 1),
            null,
            null,
            TrafficLight.Classify(observations, exceptions, probability));
}
