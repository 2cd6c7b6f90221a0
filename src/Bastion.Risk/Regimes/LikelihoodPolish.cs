using Bastion.Risk.Optimization;

namespace Bastion.Risk.Regimes;

/// <summary>
/// BFGS on the exact log-likelihood from the best EM solution. Unconstrained coordinates: (μₖ − m)/s, ln(σₖ/s), and for each
/// row i the multinomial logits aᵢⱼ = ln(Pᵢⱼ/Pᵢᵢ), j ≠ i. The objective is −ln L / T (so the minimizer's
/// relative tolerances stop it at the noise level of the central-difference gradient, step 10⁻⁵ in these O(1) coordinates,
/// instead of iterating on noise; at most 200 iterations). The result replaces the EM state only when it is better.
/// </summary>
internal static class LikelihoodPolish
{
    private const double Step = 1e-5;
    private const double SmallestProbability = 1e-15;
    private const int MaxIterations = 200;

    public static void Maximize(ReadOnlySpan<double> r, HiddenMarkovFilter filter, EmState s, double mean, double sd)
    {
        int k = s.Means.Length, n = (2 * k) + (k * (k - 1));
        double[] x = new double[n];
        for (int i = 0; i < k; i++)
        {
            x[i] = (s.Means[i] - mean) / sd;
            x[k + i] = Math.Log(s.Volatilities[i] / sd);
            int at = (2 * k) + (i * (k - 1));
            double stay = Math.Max(s.Transition[i, i], SmallestProbability);
            for (int j = 0; j < k; j++)
            {
                if (j != i)
                {
                    x[at++] = Math.Log(Math.Max(s.Transition[i, j], SmallestProbability) / stay);
                }
            }
        }

        double[] returns = r.ToArray();
        var candidate = new EmState(k);
        double Value(ReadOnlySpan<double> point)
        {
            Unpack(point, candidate, mean, sd);
            double ll = filter.Forward(returns, candidate.Means, candidate.Volatilities, candidate.Transition, MarkovChain.Stationary(candidate.Transition));
            return double.IsFinite(ll) ? -ll / returns.Length : double.PositiveInfinity;
        }

        var probe = new double[n];
        double Objective(ReadOnlySpan<double> point, Span<double> gradient)
        {
            point.CopyTo(probe);
            for (int i = 0; i < n; i++)
            {
                probe[i] = point[i] + Step;
                double up = Value(probe);
                probe[i] = point[i] - Step;
                double down = Value(probe);
                probe[i] = point[i];
                gradient[i] = (up - down) / (2.0 * Step);
            }

            return Value(point);
        }

        var h0 = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            h0[i, i] = 1.0;
        }

        QuasiNewtonMinimizer.Minimize(Objective, x, h0, MaxIterations, out double value, out _);
        double logLikelihood = -value * returns.Length;
        if (logLikelihood > s.LogLikelihood)
        {
            Unpack(x, s, mean, sd);
            s.LogLikelihood = logLikelihood;
        }
    }

    private static void Unpack(ReadOnlySpan<double> x, EmState s, double mean, double sd)
    {
        int k = s.Means.Length;
        for (int i = 0; i < k; i++)
        {
            s.Means[i] = mean + (sd * x[i]);
            s.Volatilities[i] = sd * Math.Exp(x[k + i]);
            int at = (2 * k) + (i * (k - 1));
            double total = 1.0;
            for (int j = 0; j < k; j++)
            {
                if (j != i)
                {
                    total += Math.Exp(x[at++]);
                }
            }

            at = (2 * k) + (i * (k - 1));
            for (int j = 0; j < k; j++)
            {
                s.Transition[i, j] = j == i ? 1.0 / total : Math.Exp(x[at++]) / total;
            }
        }
    }
}
