using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Numerics.Regression;

/// <summary>
/// Non-negative least squares min ‖A x − b‖₂ subject to x ≥ 0, by the Lawson–Hanson (1974) active-set algorithm
/// (the algorithm behind <c>scipy.optimize.nnls</c>). Thread-safe.
/// </summary>
public static class NonNegativeLeastSquares
{
    /// <summary>Solves the problem; A is m × n (rows are observations).</summary>
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
            maxIterations = 3 * n;
        }

        double[] rhs = b.ToArray();
        var x = new double[n];
        var passive = new bool[n];
        double tol = 10.0 * 2.220446049250313e-16 * NormOne(a) * Math.Max(m, n);
        int iterations = 0;
        bool converged = false;
        while (true)
        {
            double[] w = Gradient(a, rhs, x);
            int best = -1;
            for (int j = 0; j < n; j++)
            {
                if (!passive[j] && w[j] > tol && (best < 0 || w[j] > w[best]))
                {
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
            while (true)
            {
                double[] z = SolvePassive(a, rhs, passive);
                bool allPositive = true;
                double alpha = double.PositiveInfinity;
                for (int j = 0; j < n; j++)
                {
                    if (passive[j] && z[j] <= 0.0)
                    {
                        allPositive = false;
                        alpha = Math.Min(alpha, x[j] / (x[j] - z[j]));
                    }
                }

                if (allPositive)
                {
                    Array.Copy(z, x, n);
                    break;
                }

                for (int j = 0; j < n; j++)
                {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && x[j] <= tol)
                    {
                        passive[j] = false;
                        x[j] = 0.0;
                    }
                }
            }
        }

        return new ConstrainedLeastSquaresResult(x, ResidualNorm(a, rhs, x), iterations, converged);
    }

    internal static double[] Gradient(double[,] a, double[] b, double[] x)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        var r = new double[m];
        for (int i = 0; i < m; i++)
        {
            double s = b[i];
            for (int j = 0; j < n; j++)
            {
                s -= a[i, j] * x[j];
            }

            r[i] = s;
        }

        var w = new double[n];
        for (int j = 0; j < n; j++)
        {
            double s = 0.0;
            for (int i = 0; i < m; i++)
            {
                s += a[i, j] * r[i];
            }

            w[j] = s;
        }

        return w;
    }

    internal static double ResidualNorm(double[,] a, double[] b, double[] x)
    {
        double ss = 0.0;
        for (int i = 0; i < a.GetLength(0); i++)
        {
            double s = b[i];
            for (int j = 0; j < a.GetLength(1); j++)
            {
                s -= a[i, j] * x[j];
            }

            ss += s * s;
        }

        return Math.Sqrt(ss);
    }

    private static double[] SolvePassive(double[,] a, double[] b, bool[] passive)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        int[] columns = Enumerable.Range(0, n).Where(j => passive[j]).ToArray();
        var sub = new double[m, columns.Length];
        for (int i = 0; i < m; i++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                sub[i, c] = a[i, columns[c]];
            }
        }

        double[] zp = new HouseholderQr(sub).Solve(b);
        var z = new double[n];
        for (int c = 0; c < columns.Length; c++)
        {
            z[columns[c]] = zp[c];
        }

        return z;
    }

    private static double NormOne(double[,] a)
    {
        double max = 0.0;
        for (int j = 0; j < a.GetLength(1); j++)
        {
            double s = 0.0;
            for (int i = 0; i < a.GetLength(0); i++)
            {
                s += Math.Abs(a[i, j]);
            }

            max = Math.Max(max, s);
        }

        return max;
    }
}
