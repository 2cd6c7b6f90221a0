using Bastion.Numerics.Random;

namespace Bastion.Risk.Regimes;

/// <summary>
/// Regime detection with a Gaussian hidden Markov model of returns (Hamilton 1989): K = 2 or 3 states, each with its own
/// mean and volatility, the first state drawn from the chain's stationary distribution (statsmodels <c>MarkovRegression(y,
/// k_regimes=K, trend='c', switching_variance=True)</c>). Thread-safe (no shared state).
/// </summary>
public static class GaussianHiddenMarkov
{
    /// <summary>Fewest observations per state a fit accepts.</summary>
    public const int MinimumObservationsPerState = 10;

    /// <summary>
    /// Fits by Baum–Welch EM (scaled forward–backward) from <see cref="RegimeModelOptions.Starts"/> starts: the first a fixed
    /// volatility ladder, the others drawn from a seeded xoshiro256** stream. The start with the highest likelihood is then
    /// polished by BFGS on the exact likelihood, because the stationary first-state distribution depends on the transition
    /// matrix and makes the textbook EM transition update only approximately a maximization. State variances are floored
    /// during EM at (10⁻³ s)², s the sample standard deviation, so no state collapses onto one observation.
    /// States are returned ordered by volatility, calm first.
    /// </summary>
    /// <exception cref="ArgumentException">Non-finite returns, too few (<see cref="MinimumObservationsPerState"/> per state), zero variance, or invalid options.</exception>
    public static RegimeFit Fit(ReadOnlySpan<double> returns, RegimeModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        int k = options.States, n = returns.Length;
        VaR.Guard.Finite(returns, MinimumObservationsPerState * k, nameof(returns));
        (double mean, double sd) = Moments(returns);
        if (!(sd > 0.0))
        {
            throw new ArgumentException("returns have zero variance: no regimes to find", nameof(returns));
        }

        var rng = new RandomStream(options.Seed);
        var filter = new HiddenMarkovFilter(n, k);
        var em = new ExpectationMaximization(n, k, sd * 1e-3);
        var logLikelihoods = new double[options.Starts];
        EmState? best = null;
        for (int s = 0; s < options.Starts; s++)
        {
            EmState start = s == 0 ? LadderStart(k, mean, sd) : RandomStart(rng, k, mean, sd);
            em.Run(returns, filter, start, options.Tolerance, options.MaxIterations);
            logLikelihoods[s] = start.LogLikelihood;
            if (best is null || start.LogLikelihood > best.LogLikelihood)
            {
                best = start;
            }
        }

        LikelihoodPolish.Maximize(returns, filter, best!, mean, sd);
        RegimeParameters parameters = OrderByVolatility(best!);
        return new RegimeFit(parameters, Evaluate(returns, parameters), n, options.PeriodsPerYear, best!.Iterations, best.Converged, logLikelihoods);
    }

    /// <summary>Log-likelihood, filtered and smoothed probabilities and the Viterbi path at given parameters.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 returns or a non-finite one.</exception>
    public static RegimeDecoding Evaluate(ReadOnlySpan<double> returns, RegimeParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        VaR.Guard.Finite(returns, 2, nameof(returns));
        int n = returns.Length, k = parameters.States;
        double[] means = [.. parameters.Means], vols = [.. parameters.Volatilities];
        double[] initial = parameters.StationaryDistribution();
        var filter = new HiddenMarkovFilter(n, k);
        double logLikelihood = filter.Forward(returns, means, vols, parameters.Transition, initial);
        filter.Backward(parameters.Transition);
        var filtered = new double[n, k];
        var smoothed = new double[n, k];
        filter.Filtered.CopyTo(System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref filtered[0, 0], n * k));
        filter.Smoothed(System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref smoothed[0, 0], n * k));
        int[] path = HiddenMarkovFilter.Viterbi(returns, means, vols, parameters.Transition, initial);
        return new RegimeDecoding(logLikelihood, filtered, smoothed, path);
    }

    private static void Validate(RegimeModelOptions o)
    {
        if (o.States is < 2 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.States, "States must be 2 or 3");
        }

        if (o.Starts < 1 || o.MaxIterations < 1 || o.PeriodsPerYear < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(o), "Starts, MaxIterations and PeriodsPerYear must be positive");
        }

        if (!(o.Tolerance > 0.0) || !double.IsFinite(o.Tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Tolerance, "Tolerance must be positive and finite");
        }
    }

    private static (double Mean, double Sd) Moments(ReadOnlySpan<double> r)
    {
        double mean = 0.0;
        foreach (double x in r)
        {
            mean += x;
        }

        mean /= r.Length;
        double ss = 0.0;
        foreach (double x in r)
        {
            ss += (x - mean) * (x - mean);
        }

        return (mean, Math.Sqrt(ss / r.Length));
    }

    /// <summary>Deterministic start: common mean, volatilities spread around s (½s, 2s or ½s, s, 2s), persistent chain (0.95 on the diagonal).</summary>
    private static EmState LadderStart(int k, double mean, double sd)
    {
        var state = new EmState(k);
        double[] ladder = k == 2 ? [0.5, 2.0] : [0.5, 1.0, 2.0];
        for (int i = 0; i < k; i++)
        {
            state.Means[i] = mean;
            state.Volatilities[i] = sd * ladder[i];
            for (int j = 0; j < k; j++)
            {
                state.Transition[i, j] = i == j ? 0.95 : 0.05 / (k - 1);
            }
        }

        return state;
    }

    /// <summary>Random start: means m + ¼s·Z, volatilities s·e^U(−1, 1), diagonal U(0.5, 0.99), off-diagonal mass split at random.</summary>
    private static EmState RandomStart(RandomStream rng, int k, double mean, double sd)
    {
        var state = new EmState(k);
        Span<double> w = stackalloc double[k];
        for (int i = 0; i < k; i++)
        {
            state.Means[i] = mean + (0.25 * sd * rng.NextGaussian());
            state.Volatilities[i] = sd * Math.Exp((2.0 * rng.NextDouble()) - 1.0);
            double stay = 0.5 + (0.49 * rng.NextDouble());
            double total = 0.0;
            for (int j = 0; j < k; j++)
            {
                w[j] = j == i ? 0.0 : 0.05 + rng.NextDouble();
                total += w[j];
            }

            for (int j = 0; j < k; j++)
            {
                state.Transition[i, j] = j == i ? stay : (1.0 - stay) * w[j] / total;
            }
        }

        return state;
    }

    private static RegimeParameters OrderByVolatility(EmState s)
    {
        int k = s.Means.Length;
        int[] order = [.. Enumerable.Range(0, k).OrderBy(i => s.Volatilities[i])];
        var p = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            double sum = 0.0;
            for (int j = 0; j < k; j++)
            {
                p[i, j] = s.Transition[order[i], order[j]];
                sum += p[i, j];
            }

            for (int j = 0; j < k; j++)
            {
                p[i, j] /= sum; // remove round-off so Create's row check holds exactly enough
            }
        }

        return RegimeParameters.Create([.. order.Select(i => s.Means[i])], [.. order.Select(i => s.Volatilities[i])], p);
    }
}
