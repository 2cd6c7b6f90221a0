using System.Diagnostics;
using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization;

/// <summary>Builds <see cref="SolverResult"/> values and measures residuals in the user's formulation, the same way for every method.</summary>
internal static class SolutionReport
{
    public static SolverResult Solution(
        ConvexProblem problem, SolverStatus status, SolverMethod method, double[] x, double[] y, double[] z,
        double[] lower, double[] upper, double[][] cones, int iterations, long elapsedTicks)
    {
        return new SolverResult
        {
            Status = status,
            Method = method,
            X = x,
            Objective = problem.Objective(x),
            EqualityDuals = y,
            InequalityDuals = z,
            LowerBoundDuals = lower,
            UpperBoundDuals = upper,
            ConeDuals = cones,
            Iterations = iterations,
            PrimalResidual = PrimalViolation(problem, x),
            DualResidual = Stationarity(problem, x, y, z, lower, upper, cones),
            Gap = Complementarity(problem, x, z, lower, upper, cones),
            SolveTime = Stopwatch.GetElapsedTime(0, elapsedTicks),
        };
    }

    public static SolverResult PrimalInfeasible(
        ConvexProblem problem, SolverMethod method, double[] y, double[] z, double[] lower, double[] upper, double[][] cones,
        int iterations, long elapsedTicks)
    {
        return new SolverResult
        {
            Status = SolverStatus.PrimalInfeasible,
            Method = method,
            Objective = double.NaN,
            EqualityDuals = y,
            InequalityDuals = z,
            LowerBoundDuals = lower,
            UpperBoundDuals = upper,
            ConeDuals = cones,
            Iterations = iterations,
            PrimalResidual = double.NaN,
            DualResidual = Stationarity(problem, null, y, z, lower, upper, cones),
            Gap = double.NaN,
            SolveTime = Stopwatch.GetElapsedTime(0, elapsedTicks),
        };
    }

    public static SolverResult DualInfeasible(ConvexProblem problem, SolverMethod method, double[] ray, int iterations, long elapsedTicks)
    {
        return new SolverResult
        {
            Status = SolverStatus.DualInfeasible,
            Method = method,
            X = ray,
            Objective = double.NaN,
            Iterations = iterations,
            PrimalResidual = RayViolation(problem, ray),
            DualResidual = double.NaN,
            Gap = double.NaN,
            SolveTime = Stopwatch.GetElapsedTime(0, elapsedTicks),
        };
    }

    /// <summary>Largest violation of Ax = b, Gx ≤ h, lb ≤ x ≤ ub and the cones at x.</summary>
    public static double PrimalViolation(ConvexProblem problem, ReadOnlySpan<double> x)
    {
        int n = problem.VariableCount;
        double v = 0;
        for (int i = 0; i < problem.EqualityCount; i++)
        {
            v = Math.Max(v, Math.Abs(DenseKernels.Dot(problem.A.AsSpan(i * n, n), x) - problem.B[i]));
        }

        for (int i = 0; i < problem.InequalityCount; i++)
        {
            v = Math.Max(v, DenseKernels.Dot(problem.G.AsSpan(i * n, n), x) - problem.H[i]);
        }

        for (int i = 0; i < n; i++)
        {
            v = Math.Max(v, Math.Max(problem.Lower[i] - x[i], x[i] - problem.Upper[i]));
        }

        foreach (SecondOrderCone cone in problem.Cones)
        {
            (double t, double norm) = ConeSides(cone, x, withOffsets: true);
            v = Math.Max(v, norm - t);
        }

        return v;
    }

    /// <summary>‖Px + q + Aᵀy + Gᵀz + μᵤ − μₗ − Σ(u₀d + Fᵀu₁)‖∞; x = null drops the objective terms (Farkas test).</summary>
    public static double Stationarity(
        ConvexProblem problem, double[]? x, double[] y, double[] z, double[] lower, double[] upper, double[][] cones)
    {
        int n = problem.VariableCount;
        var r = new double[n];
        if (x is not null)
        {
            problem.Q.CopyTo(r, 0);
            if (problem.P is not null)
            {
                for (int i = 0; i < n; i++)
                {
                    r[i] += DenseKernels.Dot(problem.P.AsSpan(i * n, n), x);
                }
            }
        }

        DenseKernels.MatTransposeVecAdd(problem.A, problem.EqualityCount, n, y, r);
        DenseKernels.MatTransposeVecAdd(problem.G, problem.InequalityCount, n, z, r);
        for (int i = 0; i < n; i++)
        {
            r[i] += upper[i] - lower[i];
        }

        for (int k = 0; k < cones.Length; k++)
        {
            SecondOrderCone cone = problem.Cones[k];
            DenseKernels.Axpy(-cones[k][0], cone.D, r);
            for (int i = 0; i < cone.Rows; i++)
            {
                DenseKernels.Axpy(-cones[k][i + 1], cone.FRowMajor.AsSpan(i * n, n), r);
            }
        }

        return DenseKernels.NormInf(r);
    }

    /// <summary>Σ zᵢ(h − Gx)ᵢ + Σ μₗ(x − lb) + Σ μᵤ(ub − x) + Σ uₖᵀ(dₖᵀx + eₖ, Fₖx + gₖ), over finite bounds.</summary>
    public static double Complementarity(ConvexProblem problem, double[] x, double[] z, double[] lower, double[] upper, double[][] cones)
    {
        int n = problem.VariableCount;
        double gap = 0;
        for (int i = 0; i < problem.InequalityCount; i++)
        {
            gap += z[i] * (problem.H[i] - DenseKernels.Dot(problem.G.AsSpan(i * n, n), x));
        }

        for (int i = 0; i < n; i++)
        {
            if (double.IsFinite(problem.Lower[i]))
            {
                gap += lower[i] * (x[i] - problem.Lower[i]);
            }

            if (double.IsFinite(problem.Upper[i]))
            {
                gap += upper[i] * (problem.Upper[i] - x[i]);
            }
        }

        for (int k = 0; k < cones.Length; k++)
        {
            SecondOrderCone cone = problem.Cones[k];
            gap += cones[k][0] * (DenseKernels.Dot(cone.D, x) + cone.E);
            for (int i = 0; i < cone.Rows; i++)
            {
                gap += cones[k][i + 1] * (DenseKernels.Dot(cone.FRowMajor.AsSpan(i * n, n), x) + cone.G[i]);
            }
        }

        return Math.Abs(gap);
    }

    /// <summary>How far a ray x is from a recession direction: max of ‖Px‖∞, ‖Ax‖∞, (Gx)₊, bound and cone violations.</summary>
    public static double RayViolation(ConvexProblem problem, double[] x)
    {
        int n = problem.VariableCount;
        double v = 0;
        if (problem.P is not null)
        {
            for (int i = 0; i < n; i++)
            {
                v = Math.Max(v, Math.Abs(DenseKernels.Dot(problem.P.AsSpan(i * n, n), x)));
            }
        }

        for (int i = 0; i < problem.EqualityCount; i++)
        {
            v = Math.Max(v, Math.Abs(DenseKernels.Dot(problem.A.AsSpan(i * n, n), x)));
        }

        for (int i = 0; i < problem.InequalityCount; i++)
        {
            v = Math.Max(v, DenseKernels.Dot(problem.G.AsSpan(i * n, n), x));
        }

        for (int i = 0; i < n; i++)
        {
            if (double.IsFinite(problem.Lower[i]))
            {
                v = Math.Max(v, -x[i]);
            }

            if (double.IsFinite(problem.Upper[i]))
            {
                v = Math.Max(v, x[i]);
            }
        }

        foreach (SecondOrderCone cone in problem.Cones)
        {
            (double t, double norm) = ConeSides(cone, x, withOffsets: false);
            v = Math.Max(v, norm - t);
        }

        return v;
    }

    private static (double Rhs, double Norm) ConeSides(SecondOrderCone cone, ReadOnlySpan<double> x, bool withOffsets)
    {
        int n = cone.Columns;
        double t = DenseKernels.Dot(cone.D, x) + (withOffsets ? cone.E : 0);
        double sum = 0;
        for (int i = 0; i < cone.Rows; i++)
        {
            double r = DenseKernels.Dot(cone.FRowMajor.AsSpan(i * n, n), x) + (withOffsets ? cone.G[i] : 0);
            sum += r * r;
        }

        return (t, Math.Sqrt(sum));
    }
}
