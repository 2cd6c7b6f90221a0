using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// Historical (or any scenario-set, e.g. Monte Carlo) VaR and ES of a portfolio by full revaluation
/// (see <see cref="ScenarioRevaluation"/>) and their Euler decomposition by position:
/// component VaRᵢ = −(the position's P&amp;L in the scenario(s) that define the VaR quantile, with the same interpolation
/// weights); component ESᵢ = −(mean of the position's P&amp;L over the tail scenarios, those with portfolio P&amp;L ≤ the quantile).
/// Both sum exactly to the portfolio figure. Definitions match <see cref="HistoricalVaR"/>. Thread-safe.
/// </summary>
public static class PortfolioHistoricalRisk
{
    /// <summary>
    /// Portfolio VaR and ES in currency. Allocation-free: <paramref name="pnlScratch"/> and <paramref name="selectionScratch"/>
    /// must each hold one value per scenario. Expected O(S·N) revaluation plus O(S) selection.
    /// </summary>
    public static RiskEstimate Estimate(
        ReadOnlySpan<double> scenarioReturns,
        ReadOnlySpan<double> positionValues,
        double confidence,
        QuantileMethod method,
        Span<double> pnlScratch,
        Span<double> selectionScratch)
    {
        Guard.Confidence(confidence);
        int scenarios = ScenarioCount(scenarioReturns, positionValues, confidence);
        Span<double> pnl = pnlScratch[..scenarios];
        ScenarioRevaluation.Revalue(scenarioReturns, positionValues, pnl);
        return HistoricalVaR.Estimate(pnl, confidence, method, selectionScratch);
    }

    /// <summary>Portfolio VaR and ES with marginal, component (Euler) and incremental figures for every position.</summary>
    /// <exception cref="ArgumentException">Shape mismatch, non-finite input, or fewer scenarios than ⌈1/(1 − c)⌉.</exception>
    public static RiskDecomposition Decompose(ReadOnlySpan<double> scenarioReturns, ReadOnlySpan<double> positionValues, double confidence, QuantileMethod method = QuantileMethod.Linear)
    {
        Guard.Confidence(confidence);
        Guard.Finite(scenarioReturns, 1, nameof(scenarioReturns));
        Guard.Finite(positionValues, 1, nameof(positionValues));
        int n = positionValues.Length;
        int scenarios = ScenarioCount(scenarioReturns, positionValues, confidence);
        var pnl = new double[scenarios];
        var scratch = new double[scenarios];
        ScenarioRevaluation.Revalue(scenarioReturns, positionValues, pnl);
        RiskEstimate total = HistoricalVaR.Estimate(pnl, confidence, method, scratch);

        // Scenario ranks: the VaR is a weighted pair of order statistics; attribute with the same scenarios and weights.
        var order = new int[scenarios];
        for (int s = 0; s < scenarios; s++)
        {
            order[s] = s;
            scratch[s] = pnl[s];
        }

        Array.Sort(scratch, order);
        (int lo, double wLo, int hi, double wHi) = OrderStatistics.Weights(scenarios, 1.0 - confidence, method);
        int sLo = order[lo], sHi = order[hi];
        double q = -total.ValueAtRisk;

        var tailSum = new double[n];
        int tailCount = 0;
        for (int s = 0; s < scenarios; s++)
        {
            if (pnl[s] <= q)
            {
                tailCount++;
                ReadOnlySpan<double> row = scenarioReturns.Slice(s * n, n);
                for (int i = 0; i < n; i++)
                {
                    tailSum[i] += row[i];
                }
            }
        }

        var positions = new PositionRisk[n];

        // Incremental figures need the portfolio P&L without each position. Positions are handled in blocks so that the
        // scenario matrix is read row by row (one cache line serves the whole block) instead of one strided column at a time.
        const int Block = 8;
        var without = new double[Block * scenarios];
        for (int i0 = 0; i0 < n; i0 += Block)
        {
            int width = Math.Min(Block, n - i0);
            for (int s = 0; s < scenarios; s++)
            {
                ReadOnlySpan<double> row = scenarioReturns.Slice((s * n) + i0, width);
                for (int b = 0; b < width; b++)
                {
                    without[(b * scenarios) + s] = pnl[s] - (positionValues[i0 + b] * row[b]);
                }
            }

            for (int b = 0; b < width; b++)
            {
                int i = i0 + b;
                double v = positionValues[i];
                double marginalVar = -((wLo * scenarioReturns[(sLo * n) + i]) + (wHi * scenarioReturns[(sHi * n) + i]));
                double marginalEs = -tailSum[i] / tailCount;
                RiskEstimate rest = HistoricalVaR.Estimate(without.AsSpan(b * scenarios, scenarios), confidence, method, scratch);
                positions[i] = new PositionRisk(
                    i,
                    v,
                    marginalVar,
                    v * marginalVar,
                    total.ValueAtRisk - rest.ValueAtRisk,
                    marginalEs,
                    v * marginalEs,
                    total.ExpectedShortfall - rest.ExpectedShortfall);
            }
        }

        return new RiskDecomposition(total, positions);
    }

    private static int ScenarioCount(ReadOnlySpan<double> scenarioReturns, ReadOnlySpan<double> positionValues, double confidence)
    {
        int n = positionValues.Length;
        if (n == 0 || scenarioReturns.Length % n != 0)
        {
            throw new ArgumentException($"scenario matrix length {scenarioReturns.Length} is not a multiple of the {n} positions", nameof(scenarioReturns));
        }

        int scenarios = scenarioReturns.Length / n;
        int needed = Guard.MinimumHistoricalObservations(confidence);
        if (scenarios < needed)
        {
            throw new ArgumentException($"{scenarios} scenarios are too few for confidence {confidence}: need at least {needed}", nameof(scenarioReturns));
        }

        return scenarios;
    }
}
