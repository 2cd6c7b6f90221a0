using Bastion.Risk.Optimization;

namespace Bastion.Risk.Volatility;

/// <summary>
/// Maximum-likelihood estimation of GARCH(1,1) and GJR-GARCH(1,1,1) with normal or standardized Student t innovations
/// and a constant or zero mean. BFGS on the analytic gradient, started from the best of a small grid of (α, γ, persistence)
/// values (as arch does) with the inverse outer product of scores as the first inverse Hessian. Constraints as arch:
/// ω &gt; 0, α ≥ 0, α + γ ≥ 0, β ≥ 0, α + γ/2 + β &lt; 1, 2.05 &lt; ν ≤ 500. An optimum on the stationarity bound or at
/// β = 0 is refined by refitting with β eliminated. Thread-safe (each call owns its buffers).
/// </summary>
public static class GarchEstimator
{
    /// <summary>Fits <paramref name="specification"/> to <paramref name="returns"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than 10 returns (more are needed for useful estimates), a non-finite return, or a constant series.</exception>
    public static GarchFit Fit(ReadOnlySpan<double> returns, GarchSpecification? specification = null)
    {
        GarchSpecification spec = specification ?? new GarchSpecification();
        VaR.Guard.Finite(returns, 10, nameof(returns));
        double[] data = returns.ToArray();

        // The optimizer's tolerances and starting grid suit returns of percent scale (standard deviation near 1), as
        // arch recommends; on decimal returns BFGS can stall far from convergence. Other scales are fitted as c·r with c a
        // power of ten and the results mapped back (μ/c, ω/c², variances/c², ln L + n ln c), which is exact.
        double c = ScaleFactor(data);
        if (c != 1.0)
        {
            for (int i = 0; i < data.Length; i++)
            {
                data[i] *= c;
            }
        }

        var model = new GarchLikelihood(data, spec);
        int k = model.Count, n = data.Length;
        double mean = spec.Mean == MeanModel.Constant ? data.Average() : 0.0;
        double variance = data.Sum(r => (r - mean) * (r - mean)) / n;
        if (!(variance > 0.0))
        {
            throw new ArgumentException("returns are constant: no variance to model", nameof(returns));
        }

        double[] x = StartingValues(model, mean, variance);
        double[,] h0 = InitialInverseHessian(model, x);
        double scale = 1.0 / n;
        double Objective(ReadOnlySpan<double> p, Span<double> g)
        {
            double ll = model.Evaluate(p, g, Span<double>.Empty, Span<double>.Empty);
            for (int i = 0; i < g.Length; i++)
            {
                g[i] *= -scale;
            }

            return double.IsNaN(ll) ? double.PositiveInfinity : -ll * scale;
        }

        int iterations = QuasiNewtonMinimizer.Minimize(Objective, x, h0, 500, out double objective, out bool converged);
        if (!converged && Persistence(model, x) > 1.0 - 1e-4)
        {
            // The optimum lies on the stationarity bound α + γ/2 + β = 1 (as arch's SLSQP would find): solve the reduced
            // problem with β = ρ̄ − α − γ/2 eliminated, ρ̄ = 1 − 1e-9 (the bound itself is excluded).
            iterations += FitWithBetaEliminated(model, x, scale, onStationarityBound: true, ref objective, ref converged);
        }
        else if (x[model.BetaIndex] < 1e-6)
        {
            // β at its lower bound 0: BFGS on the raw parameters stalls there (steps that would make β negative are
            // rejected, so α cannot move either). Refit the ARCH(1) problem with β = 0 eliminated; keep it if better.
            iterations += FitWithBetaEliminated(model, x, scale, onStationarityBound: false, ref objective, ref converged);
        }

        var variances = new double[n];
        var scores = new double[n * k];
        double logLikelihood = model.Evaluate(x, Span<double>.Empty, variances, scores);
        double next = model.LastNextVariance;
        (double[] hessianSe, double[] robustSe) = StandardErrors(model, x, scores);
        if (c != 1.0)
        {
            double c2 = c * c;
            if (model.MeanIndex >= 0)
            {
                x[model.MeanIndex] /= c;
                hessianSe[model.MeanIndex] /= c;
                robustSe[model.MeanIndex] /= c;
            }

            x[model.OmegaIndex] /= c2;
            hessianSe[model.OmegaIndex] /= c2;
            robustSe[model.OmegaIndex] /= c2;
            for (int t = 0; t < n; t++)
            {
                variances[t] /= c2;
            }

            next /= c2;
            logLikelihood += n * Math.Log(c);
        }

        return new GarchFit(spec, spec.ParameterNames, x, hessianSe, robustSe, logLikelihood, n, variances, next, iterations, converged);
    }

    private const double PersistenceBound = 1.0 - 1e-9;

    /// <summary>1 when the standard deviation is within [0.1, 100]; otherwise the power of ten that brings it near 1.</summary>
    private static double ScaleFactor(ReadOnlySpan<double> data)
    {
        double mean = 0.0, ss = 0.0;
        foreach (double r in data)
        {
            mean += r;
        }

        mean /= data.Length;
        foreach (double r in data)
        {
            ss += (r - mean) * (r - mean);
        }

        double sd = Math.Sqrt(ss / data.Length);
        return sd is >= 0.1 and <= 100.0 || !(sd > 0.0) ? 1.0 : Math.Pow(10.0, -Math.Round(Math.Log10(sd)));
    }

    private static double Persistence(GarchLikelihood model, ReadOnlySpan<double> p)
        => p[model.AlphaIndex] + (model.GammaIndex >= 0 ? 0.5 * p[model.GammaIndex] : 0.0) + p[model.BetaIndex];

    /// <summary>
    /// Refits with β eliminated: β = ρ̄ − α − γ/2 on the stationarity bound, or β = 0 on its lower bound. The refit
    /// replaces <paramref name="x"/> (and <paramref name="converged"/>) only when it reaches a lower objective.
    /// </summary>
    private static int FitWithBetaEliminated(GarchLikelihood model, double[] x, double scale, bool onStationarityBound, ref double objective, ref bool converged)
    {
        int k = model.Count, beta = model.BetaIndex;
        var full = new double[k];
        var fullGradient = new double[k];
        void Expand(ReadOnlySpan<double> reduced)
        {
            for (int i = 0, j = 0; i < k; i++)
            {
                full[i] = i == beta ? 0.0 : reduced[j++];
            }

            full[beta] = onStationarityBound
                ? PersistenceBound - full[model.AlphaIndex] - (model.GammaIndex >= 0 ? 0.5 * full[model.GammaIndex] : 0.0)
                : 0.0;
        }

        double Reduced(ReadOnlySpan<double> reduced, Span<double> g)
        {
            Expand(reduced);
            double ll = model.Evaluate(full, fullGradient, Span<double>.Empty, Span<double>.Empty);
            if (double.IsNaN(ll) || full[beta] < 0.0)
            {
                return double.PositiveInfinity;
            }

            // On the stationarity bound dβ/dα = −1, dβ/dγ = −1/2; at β = 0 β does not depend on the others.
            double gb = fullGradient[beta];
            for (int i = 0, j = 0; i < k; i++)
            {
                if (i == beta)
                {
                    continue;
                }

                double chain = !onStationarityBound ? 0.0 : i == model.AlphaIndex ? -gb : i == model.GammaIndex ? -0.5 * gb : 0.0;
                g[j++] = -scale * (fullGradient[i] + chain);
            }

            return -ll * scale;
        }

        var start = new double[k - 1];
        for (int i = 0, j = 0; i < k; i++)
        {
            if (i != beta)
            {
                start[j++] = x[i];
            }
        }

        var inverseHessian = new double[k - 1, k - 1];
        for (int i = 0; i < k - 1; i++)
        {
            inverseHessian[i, i] = 1e-3 * Math.Max(1.0, start[i] * start[i]);
        }

        int used = QuasiNewtonMinimizer.Minimize(Reduced, start, inverseHessian, 500, out double value, out bool reducedConverged);
        if (value <= objective)
        {
            converged = reducedConverged;
            Expand(start);
            full.CopyTo(x, 0);
            objective = value;
        }

        return used;
    }

    private static double[] StartingValues(GarchLikelihood model, double mean, double variance)
    {
        double[] best = new double[model.Count];
        double bestLl = double.NegativeInfinity;
        double[] candidate = new double[model.Count];
        double[] gammas = model.GammaIndex >= 0 ? [0.0, 0.05, 0.1] : [0.0];
        foreach (double alpha in (double[])[0.02, 0.05, 0.1, 0.2])
        {
            foreach (double gamma in gammas)
            {
                foreach (double persistence in (double[])[0.5, 0.9, 0.98])
                {
                    double beta = persistence - alpha - (0.5 * gamma);
                    if (beta < 0.0)
                    {
                        continue;
                    }

                    if (model.MeanIndex >= 0)
                    {
                        candidate[model.MeanIndex] = mean;
                    }

                    candidate[model.OmegaIndex] = variance * (1.0 - persistence);
                    candidate[model.AlphaIndex] = alpha;
                    candidate[model.BetaIndex] = beta;
                    if (model.GammaIndex >= 0)
                    {
                        candidate[model.GammaIndex] = gamma;
                    }

                    if (model.NuIndex >= 0)
                    {
                        candidate[model.NuIndex] = 8.0;
                    }

                    double ll = model.Evaluate(candidate, Span<double>.Empty, Span<double>.Empty, Span<double>.Empty);
                    if (ll > bestLl)
                    {
                        bestLl = ll;
                        candidate.CopyTo(best, 0);
                    }
                }
            }
        }

        if (double.IsNegativeInfinity(bestLl))
        {
            throw new ArgumentException("no feasible starting point: the returns may be degenerate", "returns");
        }

        return best;
    }

    /// <summary>(OPG/n)⁻¹ at the start: scale-aware first step for the per-observation objective; identity if singular.</summary>
    private static double[,] InitialInverseHessian(GarchLikelihood model, double[] x)
    {
        int k = model.Count, n = model.Observations;
        var scores = new double[n * k];
        model.Evaluate(x, Span<double>.Empty, Span<double>.Empty, scores);
        double[,] opg = OuterProduct(scores, n, k);
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                opg[i, j] /= n;
            }
        }

        if (SmallMatrix.TryInvert(opg, out double[,] inverse))
        {
            // A damped first step: the OPG overstates curvature far from the optimum less than it understates it.
            return inverse;
        }

        var identity = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            identity[i, i] = 1e-2;
        }

        return identity;
    }

    private static double[,] OuterProduct(double[] scores, int n, int k)
    {
        var m = new double[k, k];
        for (int t = 0; t < n; t++)
        {
            for (int i = 0; i < k; i++)
            {
                double si = scores[(t * k) + i];
                for (int j = 0; j < k; j++)
                {
                    m[i, j] += si * scores[(t * k) + j];
                }
            }
        }

        return m;
    }

    private static (double[] Hessian, double[] Robust) StandardErrors(GarchLikelihood model, double[] x, double[] scores)
    {
        int k = model.Count, n = model.Observations;
        var hessian = new double[k, k];
        var plus = new double[k];
        var minus = new double[k];
        var gp = new double[k];
        var gm = new double[k];
        for (int j = 0; j < k; j++)
        {
            double step = 1e-5 * Math.Max(Math.Abs(x[j]), 1e-2);
            x.CopyTo(plus, 0);
            x.CopyTo(minus, 0);
            plus[j] += step;
            minus[j] -= step;
            double lp = model.Evaluate(plus, gp, Span<double>.Empty, Span<double>.Empty);
            double lm = model.Evaluate(minus, gm, Span<double>.Empty, Span<double>.Empty);
            double width = 2.0 * step;
            if (double.IsNaN(lp) || double.IsNaN(lm))
            {
                // On a constraint boundary: a one-sided difference from the estimate, on the feasible side.
                if (double.IsNaN(lp) && double.IsNaN(lm))
                {
                    return (Fill(k), Fill(k));
                }

                model.Evaluate(x, double.IsNaN(lp) ? gp : gm, Span<double>.Empty, Span<double>.Empty);
                width = step;
            }

            for (int i = 0; i < k; i++)
            {
                hessian[i, j] = (gp[i] - gm[i]) / width;
            }
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double avg = 0.5 * (hessian[i, j] + hessian[j, i]);
                hessian[i, j] = avg;
                hessian[j, i] = avg;
            }
        }

        if (!SmallMatrix.TryInvert(hessian, out double[,] inverse))
        {
            return (Fill(k), Fill(k));
        }

        double[,] sandwich = SmallMatrix.Multiply(SmallMatrix.Multiply(inverse, OuterProduct(scores, n, k)), inverse);
        var hessianSe = new double[k];
        var robustSe = new double[k];
        for (int i = 0; i < k; i++)
        {
            hessianSe[i] = Math.Sqrt(-inverse[i, i]);
            robustSe[i] = Math.Sqrt(sandwich[i, i]);
        }

        return (hessianSe, robustSe);
    }

    private static double[] Fill(int k) => Enumerable.Repeat(double.NaN, k).ToArray();
}
