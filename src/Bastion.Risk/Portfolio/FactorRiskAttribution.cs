using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// Decomposition of a portfolio VaR and ES by factor for a linear factor model r = α + B f + ε (see <see cref="FactorModel"/>):
/// the portfolio return is bᵀf + wᵀε with exposures b = Bᵀw, and the Euler allocation in (b, specific) gives one component per
/// factor plus a specific part, summing to the total. Weights give figures as fractions of portfolio value, position values
/// give currency. Thread-safe.
/// </summary>
public static class FactorRiskAttribution
{
    /// <summary>
    /// Parametric (delta-normal or Student t) VaR and ES of the factor model: μₚ = bᵀμ_f + wᵀα, σ²ₚ = bᵀFb + Σᵢ wᵢ²Dᵢ,
    /// VaR = −μₚ + k σₚ with k = z_c (normal) or the unit-variance t quantile √((ν−2)/ν)·t_ν,c, and ES likewise with
    /// φ(z_c)/(1−c) or the t tail mean (as <see cref="ParametricVaR"/>). Marginal VaRⱼ = −μ_f,ⱼ + k (Fb)ⱼ/σₚ, component bⱼ·marginal;
    /// specific = −wᵀα + k Σᵢ wᵢ²Dᵢ/σₚ. Note the model's σₚ uses B F Bᵀ + D, not the sample covariance of the assets.
    /// </summary>
    /// <param name="model">The factor model.</param>
    /// <param name="weights">Portfolio weights or position values, one per asset.</param>
    /// <param name="confidence">c in (0, 1).</param>
    /// <param name="degreesOfFreedom">ν &gt; 2 for Student t; +∞ (default) for normal.</param>
    /// <exception cref="ArgumentException">Wrong number of weights, non-finite weights, or bad confidence/ν.</exception>
    public static FactorRiskDecomposition Parametric(FactorModel model, ReadOnlySpan<double> weights, double confidence, double degreesOfFreedom = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.Confidence(confidence);
        Guard.Finite(weights, 1, nameof(weights));
        RiskEstimate unit = double.IsPositiveInfinity(degreesOfFreedom)
            ? ParametricVaR.Normal(0.0, 1.0, confidence)
            : ParametricVaR.StudentT(0.0, 1.0, degreesOfFreedom, confidence);
        double[] b = model.PortfolioExposures(weights);
        double[,] f = model.FactorCovariance;
        int k = b.Length;
        var fb = new double[k];
        double factorVariance = 0.0, drift = 0.0;
        for (int j = 0; j < k; j++)
        {
            for (int l = 0; l < k; l++)
            {
                fb[j] += f[j, l] * b[l];
            }

            factorVariance += b[j] * fb[j];
            drift += b[j] * model.FactorMeans[j];
        }

        double specificVariance = 0.0, specificDrift = 0.0;
        for (int i = 0; i < weights.Length; i++)
        {
            specificVariance += weights[i] * weights[i] * model.SpecificVariances[i];
            specificDrift += weights[i] * model.SpecificMeans[i];
        }

        double sigma = Math.Sqrt(Math.Max(factorVariance + specificVariance, 0.0));
        double perSigma = sigma > 0.0 ? 1.0 / sigma : 0.0;
        var total = new RiskEstimate(
            -(drift + specificDrift) + (unit.ValueAtRisk * sigma),
            -(drift + specificDrift) + (unit.ExpectedShortfall * sigma),
            confidence,
            1);
        var factors = new FactorRisk[k];
        for (int j = 0; j < k; j++)
        {
            double marginalVar = -model.FactorMeans[j] + (unit.ValueAtRisk * fb[j] * perSigma);
            double marginalEs = -model.FactorMeans[j] + (unit.ExpectedShortfall * fb[j] * perSigma);
            factors[j] = new FactorRisk(j, b[j], marginalVar, b[j] * marginalVar, marginalEs, b[j] * marginalEs);
        }

        return new FactorRiskDecomposition(
            total,
            factors,
            -specificDrift + (unit.ValueAtRisk * specificVariance * perSigma),
            -specificDrift + (unit.ExpectedShortfall * specificVariance * perSigma));
    }

    /// <summary>
    /// Historical or Monte Carlo (scenario) VaR and ES with their Euler allocation to factors, given each scenario's asset and
    /// factor returns. Portfolio P&amp;L pₛ = wᵀrₛ = Σⱼ bⱼ fₛⱼ + eₛ, where eₛ = pₛ − bᵀfₛ is the specific P&amp;L (including α).
    /// VaR and ES are those of <see cref="HistoricalVaR"/> on p. Estimators of the conditional expectations E[bⱼfⱼ | p = −VaR]
    /// and E[bⱼfⱼ | p ≤ −VaR]:
    /// <list type="bullet">
    /// <item><paramref name="neighbours"/> = 0: the factor P&amp;L in the scenario(s) that define the VaR quantile, with the same
    /// interpolation weights (exact for the empirical quantile, but a single noisy scenario).</item>
    /// <item><paramref name="neighbours"/> = m &gt; 0: Hallerbach's (2003) conditional-expectation estimator with a rectangular
    /// neighbourhood: the mean factor and specific P&amp;L over the order statistics from m below to m above the defining pair,
    /// rescaled by VaR / (−mean P&amp;L of the window) so the components still sum to the VaR.</item>
    /// </list>
    /// ES components are always the mean factor P&amp;L over the tail scenarios (pₛ ≤ −VaR), as <see cref="PortfolioHistoricalRisk"/>.
    /// Marginal figures are the same averages of −fₛⱼ (per unit exposure).
    /// </summary>
    /// <param name="assetScenarios">Row-major S × n asset returns.</param>
    /// <param name="factorScenarios">Row-major S × k factor returns of the same scenarios.</param>
    /// <param name="exposures">B (n × k), e.g. <see cref="FactorModel.Exposures"/>.</param>
    /// <param name="weights">Weights or position values, one per asset.</param>
    /// <param name="confidence">c in (0, 1).</param>
    /// <param name="method">Quantile definition.</param>
    /// <param name="neighbours">m ≥ 0, see above.</param>
    /// <exception cref="ArgumentException">Shapes disagree, non-finite input, or fewer scenarios than ⌈1/(1 − c)⌉.</exception>
    public static FactorRiskDecomposition Scenario(
        ReadOnlySpan<double> assetScenarios,
        ReadOnlySpan<double> factorScenarios,
        double[,] exposures,
        ReadOnlySpan<double> weights,
        double confidence,
        QuantileMethod method = QuantileMethod.Linear,
        int neighbours = 0)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        Guard.Confidence(confidence);
        ArgumentOutOfRangeException.ThrowIfNegative(neighbours);
        Guard.Finite(weights, 1, nameof(weights));
        Guard.Finite(assetScenarios, 1, nameof(assetScenarios));
        Guard.Finite(factorScenarios, 1, nameof(factorScenarios));
        int n = weights.Length, k = exposures.GetLength(1);
        if (exposures.GetLength(0) != n || k == 0)
        {
            throw new ArgumentException($"exposures are {exposures.GetLength(0)}×{k} for {n} assets", nameof(exposures));
        }

        int scenarios = assetScenarios.Length / n;
        if (assetScenarios.Length != scenarios * n || factorScenarios.Length != scenarios * k)
        {
            throw new ArgumentException($"{assetScenarios.Length} asset and {factorScenarios.Length} factor values do not make S × {n} and S × {k} matrices", nameof(factorScenarios));
        }

        int needed = Guard.MinimumHistoricalObservations(confidence);
        if (scenarios < needed)
        {
            throw new ArgumentException($"{scenarios} scenarios are too few for confidence {confidence}: need at least {needed}", nameof(assetScenarios));
        }

        var b = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < k; j++)
            {
                b[j] += exposures[i, j] * weights[i];
            }
        }

        var pnl = new double[scenarios];
        ScenarioRevaluation.Revalue(assetScenarios, weights, pnl);
        var sorted = (double[])pnl.Clone();
        var order = new int[scenarios];
        for (int s = 0; s < scenarios; s++)
        {
            order[s] = s;
        }

        Array.Sort(sorted, order);
        RiskEstimate total = HistoricalVaR.Estimate(pnl, confidence, method);
        (int lo, double wLo, int hi, double wHi) = OrderStatistics.Weights(scenarios, 1.0 - confidence, method);

        // Scenario weights for the VaR conditional expectation: the defining pair, or a rescaled neighbourhood window.
        var varWeights = new List<(int Scenario, double Weight)>();
        if (neighbours == 0)
        {
            varWeights.Add((order[lo], wLo));
            varWeights.Add((order[hi], wHi));
        }
        else
        {
            int first = Math.Max(lo - neighbours, 0), last = Math.Min(hi + neighbours, scenarios - 1);
            double windowMean = 0.0;
            for (int r = first; r <= last; r++)
            {
                windowMean += sorted[r] / (last - first + 1);
            }

            double scale = windowMean != 0.0 ? -total.ValueAtRisk / windowMean : 1.0;
            for (int r = first; r <= last; r++)
            {
                varWeights.Add((order[r], scale / (last - first + 1)));
            }
        }

        double q = -total.ValueAtRisk;
        var tail = new List<int>();
        for (int s = 0; s < scenarios; s++)
        {
            if (pnl[s] <= q)
            {
                tail.Add(s);
            }
        }

        List<(int Scenario, double Weight)> tailWeights = tail.Select(s => (s, 1.0 / tail.Count)).ToList();
        (double[] varMarginal, double varSpecific) = Attribute(varWeights, factorScenarios, pnl, b);
        (double[] esMarginal, double esSpecific) = Attribute(tailWeights, factorScenarios, pnl, b);
        var factors = new FactorRisk[k];
        for (int j = 0; j < k; j++)
        {
            factors[j] = new FactorRisk(j, b[j], varMarginal[j], b[j] * varMarginal[j], esMarginal[j], b[j] * esMarginal[j]);
        }

        return new FactorRiskDecomposition(total, factors, varSpecific, esSpecific);
    }

    /// <summary>−Σ weightₛ fₛⱼ per factor (marginals) and −Σ weightₛ (pₛ − bᵀfₛ) (the specific component).</summary>
    private static (double[] Marginal, double Specific) Attribute(List<(int Scenario, double Weight)> weights, ReadOnlySpan<double> factorScenarios, double[] pnl, double[] b)
    {
        int k = b.Length;
        var marginal = new double[k];
        double specific = 0.0;
        foreach ((int s, double weight) in weights)
        {
            double explained = 0.0;
            for (int j = 0; j < k; j++)
            {
                double f = factorScenarios[(s * k) + j];
                marginal[j] -= weight * f;
                explained += b[j] * f;
            }

            specific -= weight * (pnl[s] - explained);
        }

        return (marginal, specific);
    }
}
