namespace Bastion.Risk.Optimization;

/// <summary>
/// BFGS with an Armijo backtracking line search for smooth objectives with analytic gradients. Infeasible points are
/// signalled by the objective returning NaN or +∞ and are backed away from. Candidate to move to Numerics.
/// </summary>
internal static class QuasiNewtonMinimizer
{
    /// <summary>f(x) writing ∇f(x) into the span; NaN/+∞ when x is infeasible.</summary>
    public delegate double Objective(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>
    /// Minimizes from <paramref name="x"/> (overwritten with the minimizer). <paramref name="inverseHessian"/> is the initial
    /// inverse-Hessian approximation (a good scale matters: e.g. the inverse outer product of scores). Returns iterations used;
    /// <paramref name="converged"/> when the relative change in f and the scaled gradient fall below the tolerances.
    /// </summary>
    public static int Minimize(Objective f, Span<double> x, double[,] inverseHessian, int maxIterations, out double value, out bool converged)
    {
        int n = x.Length;
        var g = new double[n];
        var gNew = new double[n];
        var direction = new double[n];
        var trial = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        double[,] h = inverseHessian;
        value = f(x, g);
        converged = false;
        if (!double.IsFinite(value))
        {
            return 0;
        }

        int iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            double slope = 0.0;
            for (int i = 0; i < n; i++)
            {
                double d = 0.0;
                for (int j = 0; j < n; j++)
                {
                    d -= h[i, j] * g[j];
                }

                direction[i] = d;
                slope += d * g[i];
            }

            if (slope >= 0.0)
            {
                // Not a descent direction: restart from steepest descent scaled by the diagonal.
                for (int i = 0; i < n; i++)
                {
                    direction[i] = -g[i] * Math.Max(Math.Abs(h[i, i]), 1e-12);
                }

                slope = 0.0;
                for (int i = 0; i < n; i++)
                {
                    slope += direction[i] * g[i];
                }
            }

            double step = 1.0, fNew = double.NaN;
            bool accepted = false;
            for (int attempt = 0; attempt < 60; attempt++)
            {
                for (int i = 0; i < n; i++)
                {
                    trial[i] = x[i] + (step * direction[i]);
                }

                fNew = f(trial, gNew);
                if (double.IsFinite(fNew) && fNew <= value + (1e-4 * step * slope))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                converged = MaxScaledGradient(g, x) < 1e-4;
                return iteration;
            }

            double sy = 0.0;
            for (int i = 0; i < n; i++)
            {
                s[i] = trial[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
            }

            double change = value - fNew;
            trial.CopyTo(x);
            gNew.CopyTo(g, 0);
            value = fNew;
            if (change <= 1e-12 * (1.0 + Math.Abs(value)) && MaxScaledGradient(g, x) < 1e-5)
            {
                converged = true;
                return iteration + 1;
            }

            if (sy > 1e-14)
            {
                // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
                double rho = 1.0 / sy;
                double yhy = 0.0;
                for (int i = 0; i < n; i++)
                {
                    double acc = 0.0;
                    for (int j = 0; j < n; j++)
                    {
                        acc += h[i, j] * y[j];
                    }

                    hy[i] = acc;
                    yhy += y[i] * acc;
                }

                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        h[i, j] += (((1.0 + (rho * yhy)) * rho * s[i] * s[j]) - (rho * ((hy[i] * s[j]) + (s[i] * hy[j]))));
                    }
                }
            }
        }

        return iteration;
    }

    private static double MaxScaledGradient(ReadOnlySpan<double> g, ReadOnlySpan<double> x)
    {
        double m = 0.0;
        for (int i = 0; i < g.Length; i++)
        {
            m = Math.Max(m, Math.Abs(g[i]) * Math.Max(Math.Abs(x[i]), 1.0));
        }

        return m;
    }
}
