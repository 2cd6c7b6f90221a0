namespace Bastion.Risk.VaR;

/// <summary>
/// Liquidity-adjusted VaR with an exogenous spread cost, Bangia, Diebold, Schuermann and Stroh (1999), "Modeling
/// Liquidity Risk": closing a position at a spread S costs half of it, and the spread is taken at a bad level μ_S + k·σ_S,
/// so LVaR = VaR + ½ Σᵢ |wᵢ| (μ_S,ᵢ + k σ_S,ᵢ), with relative spreads ((ask − bid) / mid) and VaR as fractions of
/// portfolio value. Thread-safe.
/// </summary>
public static class LiquidityAdjustedVaR
{
    /// <summary>The exogenous cost of liquidity ½ Σᵢ |wᵢ| (μᵢ + k σᵢ), as a fraction of portfolio value.</summary>
    /// <param name="weights">Position weights (fractions of portfolio value, shorts negative).</param>
    /// <param name="meanSpreads">Mean relative spread μ_S,ᵢ of each position (fraction of mid, ≥ 0).</param>
    /// <param name="spreadStandardDeviations">Standard deviation σ_S,ᵢ of each relative spread (≥ 0).</param>
    /// <param name="k">Multiple of σ_S for the bad spread (≥ 0).</param>
    /// <exception cref="ArgumentException">Lengths differ, or a value is negative or not finite.</exception>
    public static double SpreadCost(ReadOnlySpan<double> weights, ReadOnlySpan<double> meanSpreads, ReadOnlySpan<double> spreadStandardDeviations, double k)
    {
        if (meanSpreads.Length != weights.Length || spreadStandardDeviations.Length != weights.Length)
        {
            throw new ArgumentException($"{weights.Length} weights, {meanSpreads.Length} mean spreads, {spreadStandardDeviations.Length} spread deviations", nameof(meanSpreads));
        }

        if (!(k >= 0.0 && double.IsFinite(k)))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be non-negative and finite");
        }

        double cost = 0.0;
        for (int i = 0; i < weights.Length; i++)
        {
            double mu = meanSpreads[i], sigma = spreadStandardDeviations[i];
            if (!(mu >= 0.0 && sigma >= 0.0 && double.IsFinite(mu) && double.IsFinite(sigma) && double.IsFinite(weights[i])))
            {
                throw new ArgumentException($"position {i}: weight {weights[i]}, mean spread {mu}, spread deviation {sigma}: need finite, spreads ≥ 0", nameof(meanSpreads));
            }

            cost += Math.Abs(weights[i]) * (mu + (k * sigma));
        }

        return 0.5 * cost;
    }

    /// <summary>LVaR = <paramref name="valueAtRisk"/> + <see cref="SpreadCost"/> (fractions of portfolio value).</summary>
    public static double Exogenous(double valueAtRisk, ReadOnlySpan<double> weights, ReadOnlySpan<double> meanSpreads, ReadOnlySpan<double> spreadStandardDeviations, double k)
    {
        if (!double.IsFinite(valueAtRisk))
        {
            throw new ArgumentOutOfRangeException(nameof(valueAtRisk), valueAtRisk, "VaR must be finite");
        }

        return valueAtRisk + SpreadCost(weights, meanSpreads, spreadStandardDeviations, k);
    }
}
