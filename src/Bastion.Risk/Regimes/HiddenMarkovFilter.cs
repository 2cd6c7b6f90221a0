namespace Bastion.Risk.Regimes;

/// <summary>
/// Scaled forward–backward recursions (Rabiner 1989, §V.A) for a Gaussian HMM, with a reusable workspace so EM iterations do
/// not allocate. Emission densities are evaluated in logs and divided by their largest value at each date before
/// exponentiating, so no observation (however extreme) underflows every state; the scale factors and the removed maxima
/// are added back to the log-likelihood. After <see cref="Forward"/> the scaled forward variables are exactly the filtered
/// probabilities P(sₜ | r₁..ₜ). One owner; not thread-safe.
/// </summary>
internal sealed class HiddenMarkovFilter
{
    private const double HalfLogTwoPi = 0.91893853320467274178;
    private readonly int _t;
    private readonly int _k;
    private readonly double[] _b;      // scaled emissions b_t(k) = exp(log φ − max), row-major T×K
    private readonly double[] _alpha;  // filtered probabilities
    private readonly double[] _beta;   // scaled backward variables
    private readonly double[] _c;      // scale factors
    private readonly double[] _work;

    public HiddenMarkovFilter(int observations, int states)
    {
        (_t, _k) = (observations, states);
        _b = new double[observations * states];
        _alpha = new double[observations * states];
        _beta = new double[observations * states];
        _c = new double[observations];
        _work = new double[states];
    }

    /// <summary>Filtered probabilities, row-major T×K, valid after <see cref="Forward"/>.</summary>
    public ReadOnlySpan<double> Filtered => _alpha;

    /// <summary>log N(r; μ, σ²).</summary>
    public static double LogDensity(double r, double mean, double volatility)
    {
        double z = (r - mean) / volatility;
        return -HalfLogTwoPi - Math.Log(volatility) - (0.5 * z * z);
    }

    /// <summary>Runs the forward pass with the first state drawn from <paramref name="initial"/>; returns the log-likelihood.</summary>
    public double Forward(ReadOnlySpan<double> r, ReadOnlySpan<double> means, ReadOnlySpan<double> volatilities, double[,] p, ReadOnlySpan<double> initial)
    {
        int k = _k;
        double logLikelihood = 0.0;
        Span<double> logPhi = stackalloc double[k];
        for (int t = 0; t < _t; t++)
        {
            double max = double.NegativeInfinity;
            for (int s = 0; s < k; s++)
            {
                logPhi[s] = LogDensity(r[t], means[s], volatilities[s]);
                max = Math.Max(max, logPhi[s]);
            }

            int row = t * k;
            double c = 0.0;
            for (int s = 0; s < k; s++)
            {
                double predicted;
                if (t == 0)
                {
                    predicted = initial[s];
                }
                else
                {
                    predicted = 0.0;
                    for (int j = 0; j < k; j++)
                    {
                        predicted += _alpha[row - k + j] * p[j, s];
                    }
                }

                double b = Math.Exp(logPhi[s] - max);
                _b[row + s] = b;
                _alpha[row + s] = predicted * b;
                c += _alpha[row + s];
            }

            for (int s = 0; s < k; s++)
            {
                _alpha[row + s] /= c;
            }

            _c[t] = c;
            logLikelihood += Math.Log(c) + max;
        }

        return logLikelihood;
    }

    /// <summary>The backward pass (after <see cref="Forward"/> with the same parameters).</summary>
    public void Backward(double[,] p)
    {
        int k = _k;
        int last = (_t - 1) * k;
        _beta.AsSpan(last, k).Fill(1.0);
        for (int t = _t - 2; t >= 0; t--)
        {
            int row = t * k, next = row + k;
            for (int s = 0; s < k; s++)
            {
                _work[s] = _b[next + s] * _beta[next + s];
            }

            for (int j = 0; j < k; j++)
            {
                double acc = 0.0;
                for (int s = 0; s < k; s++)
                {
                    acc += p[j, s] * _work[s];
                }

                _beta[row + j] = acc / _c[t + 1];
            }
        }
    }

    /// <summary>Smoothed probabilities P(sₜ | r₁..T) = α̂ₜ β̂ₜ into <paramref name="destination"/> (T×K), after both passes.</summary>
    public void Smoothed(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = _alpha[i] * _beta[i];
        }
    }

    /// <summary>
    /// Expected transition counts Σₜ ξₜ(i, j), ξₜ(i, j) = α̂ₜ(i) Pᵢⱼ bₜ₊₁(j) β̂ₜ₊₁(j) / cₜ₊₁, into <paramref name="counts"/> (K×K, overwritten).
    /// </summary>
    public void TransitionCounts(double[,] p, double[,] counts)
    {
        int k = _k;
        Array.Clear(counts);
        for (int t = 0; t < _t - 1; t++)
        {
            int row = t * k, next = row + k;
            double inv = 1.0 / _c[t + 1];
            for (int s = 0; s < k; s++)
            {
                _work[s] = _b[next + s] * _beta[next + s] * inv;
            }

            for (int i = 0; i < k; i++)
            {
                double a = _alpha[row + i];
                for (int j = 0; j < k; j++)
                {
                    counts[i, j] += a * p[i, j] * _work[j];
                }
            }
        }
    }

    /// <summary>
    /// The most likely state path (Viterbi 1967) in log space; ties go to the lower state index. log 0 = −∞ is allowed for
    /// zero transition or initial probabilities.
    /// </summary>
    public static int[] Viterbi(ReadOnlySpan<double> r, ReadOnlySpan<double> means, ReadOnlySpan<double> volatilities, double[,] p, ReadOnlySpan<double> initial)
    {
        int n = r.Length, k = means.Length;
        var back = new int[n * k];
        Span<double> delta = stackalloc double[k];
        Span<double> next = stackalloc double[k];
        Span<double> logP = stackalloc double[k * k];
        for (int i = 0; i < k; i++)
        {
            delta[i] = Math.Log(initial[i]) + LogDensity(r[0], means[i], volatilities[i]);
            for (int j = 0; j < k; j++)
            {
                logP[(i * k) + j] = Math.Log(p[i, j]);
            }
        }

        for (int t = 1; t < n; t++)
        {
            for (int s = 0; s < k; s++)
            {
                int arg = 0;
                double best = delta[0] + logP[s];
                for (int j = 1; j < k; j++)
                {
                    double v = delta[j] + logP[(j * k) + s];
                    if (v > best)
                    {
                        (best, arg) = (v, j);
                    }
                }

                back[(t * k) + s] = arg;
                next[s] = best + LogDensity(r[t], means[s], volatilities[s]);
            }

            next.CopyTo(delta);
        }

        var path = new int[n];
        int state = 0;
        for (int s = 1; s < k; s++)
        {
            if (delta[s] > delta[state])
            {
                state = s;
            }
        }

        for (int t = n - 1; t >= 0; t--)
        {
            path[t] = state;
            state = back[(t * k) + state];
        }

        return path;
    }
}
