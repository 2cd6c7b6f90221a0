namespace Bastion.Risk.Regimes;

/// <summary>
/// Parameters of a Gaussian hidden Markov model of returns: in state k a return is N(μₖ, σₖ²); the state follows a Markov
/// chain with <see cref="Transition"/>[i, j] = P(sₜ = j | sₜ₋₁ = i) (rows sum to one). The first state is drawn from the
/// chain's stationary distribution (Hamilton 1989; statsmodels' <c>MarkovRegression</c> default "steady-state").
/// Units: the returns' own (per period, not annualized).
/// </summary>
public sealed record RegimeParameters
{
    private RegimeParameters(double[] means, double[] volatilities, double[,] transition)
        => (Means, Volatilities, Transition) = (means, volatilities, transition);

    /// <summary>State means μₖ per period.</summary>
    public IReadOnlyList<double> Means { get; }

    /// <summary>State volatilities σₖ per period (positive).</summary>
    public IReadOnlyList<double> Volatilities { get; }

    /// <summary>Transition matrix, P[i, j] = P(next state j | current state i). Do not modify.</summary>
    public double[,] Transition { get; }

    /// <summary>Number of states.</summary>
    public int States => Means.Count;

    /// <summary>Validates and copies: equal lengths (at least 2 states), finite means, positive finite volatilities, a row-stochastic transition matrix (rows sum to 1 within 1e-9).</summary>
    /// <exception cref="ArgumentException">Any of the above fails.</exception>
    public static RegimeParameters Create(IReadOnlyList<double> means, IReadOnlyList<double> volatilities, double[,] transition)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(volatilities);
        ArgumentNullException.ThrowIfNull(transition);
        int k = means.Count;
        if (k < 2 || volatilities.Count != k || transition.GetLength(0) != k || transition.GetLength(1) != k)
        {
            throw new ArgumentException($"need at least 2 states with {k} means, {k} volatilities and a {k}×{k} transition matrix", nameof(transition));
        }

        for (int i = 0; i < k; i++)
        {
            if (!double.IsFinite(means[i]) || !(volatilities[i] > 0.0) || !double.IsFinite(volatilities[i]))
            {
                throw new ArgumentException($"state {i}: mean must be finite and volatility positive, got {means[i]} and {volatilities[i]}", nameof(volatilities));
            }

            double sum = 0.0;
            for (int j = 0; j < k; j++)
            {
                if (!(transition[i, j] >= 0.0 && transition[i, j] <= 1.0))
                {
                    throw new ArgumentException($"transition[{i}, {j}] = {transition[i, j]} is not a probability", nameof(transition));
                }

                sum += transition[i, j];
            }

            if (Math.Abs(sum - 1.0) > 1e-9)
            {
                throw new ArgumentException($"transition row {i} sums to {sum}, not 1", nameof(transition));
            }
        }

        return new RegimeParameters([.. means], [.. volatilities], (double[,])transition.Clone());
    }

    /// <summary>The chain's stationary distribution π = πP (solved exactly; the chain is assumed irreducible).</summary>
    public double[] StationaryDistribution() => MarkovChain.Stationary(Transition);

    /// <summary>Expected time spent in each state once entered, 1/(1 − Pₖₖ) periods (+∞ for an absorbing state).</summary>
    public double[] ExpectedDurations()
    {
        var d = new double[States];
        for (int k = 0; k < d.Length; k++)
        {
            d[k] = 1.0 / (1.0 - Transition[k, k]);
        }

        return d;
    }
}
