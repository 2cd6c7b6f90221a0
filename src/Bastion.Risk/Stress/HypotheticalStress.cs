using Bastion.Risk.Portfolio;

namespace Bastion.Risk.Stress;

/// <summary>
/// Hypothetical stress tests: a market shock S mapped to positions through their betas (P&amp;Lᵢ = vᵢ βᵢ S), and volatility
/// multiplied by m afterwards (stressed one-day normal VaR m · z_c · √(vᵀΣv), zero mean). Reverse stress test: the market
/// shock whose beta-mapped loss equals a given loss. Thread-safe.
/// </summary>
public static class HypotheticalStress
{
    /// <summary>Applies each scenario to positions with values <paramref name="positionValues"/>, betas and one-day covariance Σ.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, a non-finite value, a negative multiplier, or Σ not PSD.</exception>
    public static IReadOnlyList<StressResult> Apply(
        ReadOnlySpan<double> positionValues,
        ReadOnlySpan<double> betas,
        double[,] covariance,
        IEnumerable<StressScenario> scenarios,
        double confidence = 0.99)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        VaR.Guard.Finite(positionValues, 1, nameof(positionValues));
        VaR.Guard.Finite(betas, positionValues.Length, nameof(betas));
        if (betas.Length != positionValues.Length)
        {
            throw new ArgumentException($"{betas.Length} betas for {positionValues.Length} positions", nameof(betas));
        }

        double baseVar = CovarianceRisk.Decompose(positionValues, covariance, confidence).Total.ValueAtRisk;
        var results = new List<StressResult>();
        foreach (StressScenario s in scenarios)
        {
            if (!double.IsFinite(s.MarketShock) || !(s.VolatilityMultiplier >= 0.0) || double.IsInfinity(s.VolatilityMultiplier))
            {
                throw new ArgumentException($"scenario '{s.Name}': shock must be finite and the multiplier finite and non-negative", nameof(scenarios));
            }

            var pnl = new double[positionValues.Length];
            double total = 0.0;
            for (int i = 0; i < pnl.Length; i++)
            {
                pnl[i] = positionValues[i] * betas[i] * s.MarketShock;
                total += pnl[i];
            }

            double stressedVar = s.VolatilityMultiplier * baseVar;
            results.Add(new StressResult(s, pnl, total, stressedVar, -total + stressedVar));
        }

        return results;
    }

    /// <summary>
    /// The market shock S with Σ vᵢ βᵢ S = −<paramref name="loss"/> (loss positive). Null when the beta exposure Σ vᵢβᵢ is zero
    /// (no market move produces the loss). A positive result means the market must rise (a net short book).
    /// </summary>
    public static double? ReverseShock(ReadOnlySpan<double> positionValues, ReadOnlySpan<double> betas, double loss)
    {
        if (betas.Length != positionValues.Length)
        {
            throw new ArgumentException($"{betas.Length} betas for {positionValues.Length} positions", nameof(betas));
        }

        if (!(loss > 0.0) || double.IsInfinity(loss))
        {
            throw new ArgumentOutOfRangeException(nameof(loss), loss, "loss must be a positive finite amount");
        }

        double exposure = 0.0;
        for (int i = 0; i < betas.Length; i++)
        {
            exposure += positionValues[i] * betas[i];
        }

        return exposure == 0.0 ? null : -loss / exposure;
    }

    /// <summary>OLS betas of each asset column on the market column: βᵢ = cov(rᵢ, r_m)/var(r_m). Row-major asset returns.</summary>
    public static double[] Betas(ReadOnlySpan<double> assetReturns, int assetCount, ReadOnlySpan<double> marketReturns)
    {
        int rows = marketReturns.Length;
        if (assetCount < 1 || assetReturns.Length != rows * assetCount || rows < 2)
        {
            throw new ArgumentException($"asset matrix of {assetReturns.Length} values is not {rows} rows × {assetCount} assets (need ≥ 2 rows)", nameof(assetReturns));
        }

        double mm = 0.0;
        foreach (double m in marketReturns)
        {
            mm += m;
        }

        mm /= rows;
        double varM = 0.0;
        var cov = new double[assetCount];
        var means = new double[assetCount];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < assetCount; i++)
            {
                means[i] += assetReturns[(r * assetCount) + i] / rows;
            }
        }

        for (int r = 0; r < rows; r++)
        {
            double dm = marketReturns[r] - mm;
            varM += dm * dm;
            for (int i = 0; i < assetCount; i++)
            {
                cov[i] += dm * (assetReturns[(r * assetCount) + i] - means[i]);
            }
        }

        if (!(varM > 0.0))
        {
            throw new ArgumentException("market returns are constant: betas undefined", nameof(marketReturns));
        }

        for (int i = 0; i < assetCount; i++)
        {
            cov[i] /= varM;
        }

        return cov;
    }
}
