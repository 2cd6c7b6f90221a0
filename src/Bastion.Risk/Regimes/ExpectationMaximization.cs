namespace Bastion.Risk.Regimes;

/// <summary>
/// Baum–Welch iterations for a Gaussian HMM whose first state is drawn from the stationary distribution of the current
/// transition matrix. M-step: μₖ = Σγₜ(k)rₜ / Σγₜ(k), σₖ² = Σγₜ(k)(rₜ − μₖ)² / Σγₜ(k) (floored), Pᵢⱼ = Σξₜ(i, j) / Σⱼ Σξₜ(i, j).
/// Reuses its buffers across runs; one owner.
/// </summary>
internal sealed class ExpectationMaximization(int observations, int states, double volatilityFloor)
{
    private readonly double[] _gamma = new double[observations * states];
    private readonly double[,] _counts = new double[states, states];

    /// <summary>Iterates from <paramref name="s"/> (updated in place) until the log-likelihood gain is below the tolerance.</summary>
    public void Run(ReadOnlySpan<double> r, HiddenMarkovFilter filter, EmState s, double tolerance, int maxIterations)
    {
        int k = states, n = observations;
        double previous = double.NegativeInfinity;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            double logLikelihood = filter.Forward(r, s.Means, s.Volatilities, s.Transition, MarkovChain.Stationary(s.Transition));
            s.LogLikelihood = logLikelihood;
            s.Iterations = iteration;
            if (!double.IsFinite(logLikelihood) || Math.Abs(logLikelihood - previous) < tolerance)
            {
                s.Converged = double.IsFinite(logLikelihood);
                return;
            }

            previous = logLikelihood;
            filter.Backward(s.Transition);
            filter.Smoothed(_gamma);
            filter.TransitionCounts(s.Transition, _counts);
            for (int j = 0; j < k; j++)
            {
                double weight = 0.0, sum = 0.0;
                for (int t = 0; t < n; t++)
                {
                    double g = _gamma[(t * k) + j];
                    weight += g;
                    sum += g * r[t];
                }

                if (weight <= 0.0)
                {
                    continue; // an empty state keeps its parameters
                }

                double mu = sum / weight, ss = 0.0;
                for (int t = 0; t < n; t++)
                {
                    double d = r[t] - mu;
                    ss += _gamma[(t * k) + j] * d * d;
                }

                s.Means[j] = mu;
                s.Volatilities[j] = Math.Max(Math.Sqrt(ss / weight), volatilityFloor);
                double row = 0.0;
                for (int i = 0; i < k; i++)
                {
                    row += _counts[j, i];
                }

                if (row > 0.0)
                {
                    for (int i = 0; i < k; i++)
                    {
                        s.Transition[j, i] = _counts[j, i] / row;
                    }
                }
            }
        }

        s.Converged = false;
    }
}
