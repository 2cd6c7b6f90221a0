using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Numerics.Regression;

/// <summary>
/// Least squares with non-negative weights that sum to one: min ‖A w − b‖₂ s.t. w ≥ 0, Σw = 1 — returns-based style
/// analysis (Sharpe 1992: fund returns b on style-index returns A). A primal active-set method in the manner of
/// Lawson–Hanson, each subproblem solved exactly through its KKT system. Thread-safe.
/// </summary>
public static class SimplexLeastSquares
{
    /// <summary>Solves the problem; A is m × n (rows are periods, columns are styles).</summary>
    /// <exception cref="ArgumentException">Empty or non-finite input, or <paramref name="b"/> length ≠ rows of A.</exception>
    public static ConstrainedLeastSquaresResult Solve(double[,] a, ReadOnlySpan<double> b, int maxIterations = 0)
    {
        MatrixGuard.Finite(a, nameof(a));
        MatrixGuard.Finite(b, nameof(b));
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        if (b.Length != m)
        {
            throw new ArgumentException($"b has length {b.Length} but A has {m} rows", nameof(b));
        }

        if (maxIterations <= 0)
        {
            maxIterations = 10 * n;
        }

        double[] rhs = b.ToArray();
        double[,] gram = Gram(a);
        double[] atb = AtB(a, rhs);

        // Feasible start: the single style with the smallest residual.
        var w = new double[n];
        int start = Enumerable.Range(0, n).MinBy(j => (gram[j, j] - (2.0 * atb[j])));
        w[start] = 1.0;
        var passive = new bool[n];
        passive[start] = true;
        double scale = Math.Max(1e-300, Enumerable.Range(0, n).Max(j => gram[j, j]));
        double tol = 1e-12 * scale;
        int iterations = 0;
        bool converged = false;
        while (true)
        {
            // Inner loop: minimize on the passive set with Σw = 1, stepping back to stay feasible.
            while (true)
            {
                double[] z = SolveEqualityConstrained(gram, atb, passive);
                bool allPositive = true;
                double alpha = 1.0;
                for (int j = 0; j < n; j++)
                {
                    if (passive[j] && z[j] <= 0.0)
                    {
                        allPositive = false;
                        alpha = Math.Min(alpha, w[j] / (w[j] - z[j]));
                    }
                }

                if (allPositive)
                {
                    Array.Copy(z, w, n);
                    break;
                }

                for (int j = 0; j < n; j++)
                {
                    w[j] += alpha * (z[j] - w[j]);
                    if (passive[j] && w[j] <= 1e-15)
                    {
                        passive[j] = false;
                        w[j] = 0.0;
                    }
                }
            }

            // KKT: gradient g = AᵀA w − Aᵀb; on the passive set g + λ = 0; elsewhere g + λ ≥ 0.
            double[] g = new double[n];
            for (int i = 0; i < n; i++)
            {
                double s = -atb[i];
                for (int j = 0; j < n; j++)
                {
                    s += gram[i, j] * w[j];
                }

                g[i] = s;
            }

            double lambda = 0.0;
            int count = 0;
            for (int j = 0; j < n; j++)
            {
                if (passive[j])
                {
                    lambda -= g[j];
                    count++;
                }
            }

            lambda /= count;
            int best = -1;
            double worst = -tol;
            for (int j = 0; j < n; j++)
            {
                double mu = g[j] + lambda;
                if (!passive[j] && mu < worst)
                {
                    worst = mu;
                    best = j;
                }
            }

            if (best < 0)
            {
                converged = true;
                break;
            }

            if (iterations++ >= maxIterations)
            {
                break;
            }

            passive[best] = true;
        }

        return new ConstrainedLeastSquaresResult(w, NonNegativeLeastSquares.ResidualNorm(a, rhs, w), iterations, converged);
    }

    /// <summary>min ½wᵀGw − cᵀw on the passive set with Σw = 1: [G_P 1; 1ᵀ 0][w; ν] = [c_P; 1].</summary>
    private static double[] SolveEqualityConstrained(double[,] gram, double[] atb, bool[] passive)
    {
        int n = passive.Length;
        int[] cols = Enumerable.Range(0, n).Where(j => passive[j]).ToArray();
        int p = cols.Length;
        var kkt = new double[p + 1, p + 1];
        var rhs = new double[p + 1];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                kkt[i, j] = gram[cols[i], cols[j]];
            }

            kkt[i, p] = 1.0;
            kkt[p, i] = 1.0;
            rhs[i] = atb[cols[i]];
        }

        rhs[p] = 1.0;
        if (!DenseLinearSystem.TrySolve(kkt, rhs, out double[] solution))
        {
            throw new ArgumentException("style returns are collinear on the active set; drop a redundant column", "a");
        }

        var z = new double[n];
        for (int i = 0; i < p; i++)
        {
            z[cols[i]] = solution[i];
        }

        return z;
    }

    private static double[,] Gram(double[,] a)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        var g = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0.0;
                for (int r = 0; r < m; r++)
                {
                    s += a[r, i] * a[r, j];
                }

                g[i, j] = s;
                g[j, i] = s;
            }
        }

        return g;
    }

    private static double[] AtB(double[,] a, double[] b)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        var v = new double[n];
        for (int j = 0; j < n; j++)
        {
            double s = 0.0;
            for (int r = 0; r < m; r++)
            {
                s += a[r, j] * b[r];
            }

            v[j] = s;
        }

        return v;
    }
}
