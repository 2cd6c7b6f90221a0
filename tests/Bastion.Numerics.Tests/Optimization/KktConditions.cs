using Bastion.Numerics.Optimization;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>KKT conditions of a reported optimum, computed from the raw problem data (independently of the solver).</summary>
internal static class KktConditions
{
    /// <summary>Returns null when stationarity, primal and dual feasibility and complementary slackness hold, else the failure.</summary>
    public static string? Violation(RandomConvexProblem pr, SolverResult r, double tolerance)
    {
        int n = pr.N;
        double[] x = r.X;
        var grad = (double[])pr.Q.Clone();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n && pr.P is not null; j++)
            {
                grad[i] += pr.P[i, j] * x[j];
            }
        }

        double scale = 1 + grad.Max(Math.Abs);
        for (int row = 0; row < pr.B.Length; row++)
        {
            double ax = 0;
            for (int j = 0; j < n; j++)
            {
                ax += pr.A[row, j] * x[j];
                grad[j] += pr.A[row, j] * r.EqualityDuals[row];
            }

            if (Math.Abs(ax - pr.B[row]) > tolerance)
            {
                return $"equality {row}: {ax} vs {pr.B[row]}";
            }
        }

        for (int row = 0; row < pr.H.Length; row++)
        {
            double gx = 0;
            for (int j = 0; j < n; j++)
            {
                gx += pr.G[row, j] * x[j];
                grad[j] += pr.G[row, j] * r.InequalityDuals[row];
            }

            double slack = pr.H[row] - gx;
            double z = r.InequalityDuals[row];
            if (slack < -tolerance || z < -tolerance || Math.Abs(slack * z) > tolerance * scale)
            {
                return $"inequality {row}: slack {slack}, dual {z}";
            }
        }

        for (int j = 0; j < n; j++)
        {
            double lo = r.LowerBoundDuals[j];
            double hi = r.UpperBoundDuals[j];
            grad[j] += hi - lo;
            if (x[j] < pr.Lower[j] - tolerance || x[j] > pr.Upper[j] + tolerance || lo < -tolerance || hi < -tolerance)
            {
                return $"bound {j}: x {x[j]} in [{pr.Lower[j]}, {pr.Upper[j]}], duals {lo}, {hi}";
            }

            if ((double.IsFinite(pr.Lower[j]) && Math.Abs(lo * (x[j] - pr.Lower[j])) > tolerance * scale)
                || (double.IsFinite(pr.Upper[j]) && Math.Abs(hi * (pr.Upper[j] - x[j])) > tolerance * scale)
                || (!double.IsFinite(pr.Lower[j]) && lo != 0) || (!double.IsFinite(pr.Upper[j]) && hi != 0))
            {
                return $"bound {j}: complementarity x {x[j]}, duals {lo}, {hi}";
            }
        }

        for (int k = 0; k < pr.Cones.Count; k++)
        {
            (double[,] f, double[] g, double[] d, double e) = pr.Cones[k];
            double[] u = r.ConeDuals[k];
            int rows = g.Length;
            var s = new double[rows + 1];
            s[0] = e;
            for (int j = 0; j < n; j++)
            {
                s[0] += d[j] * x[j];
                grad[j] -= u[0] * d[j];
            }

            for (int i = 0; i < rows; i++)
            {
                s[i + 1] = g[i];
                for (int j = 0; j < n; j++)
                {
                    s[i + 1] += f[i, j] * x[j];
                    grad[j] -= u[i + 1] * f[i, j];
                }
            }

            double sNorm = Math.Sqrt(s.Skip(1).Sum(v => v * v));
            double uNorm = Math.Sqrt(u.Skip(1).Sum(v => v * v));
            double su = s.Zip(u, (a, b) => a * b).Sum();
            if (sNorm > s[0] + tolerance || uNorm > u[0] + tolerance || Math.Abs(su) > tolerance * scale)
            {
                return $"cone {k}: ‖s1‖ {sNorm} vs s0 {s[0]}, ‖u1‖ {uNorm} vs u0 {u[0]}, sᵀu {su}";
            }
        }

        double stationarity = grad.Max(Math.Abs);
        return stationarity > tolerance * scale ? $"stationarity residual {stationarity}" : null;
    }
}
