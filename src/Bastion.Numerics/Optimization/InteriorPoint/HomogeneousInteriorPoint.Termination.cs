using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.InteriorPoint;

/// <summary>Termination tests and the mapping of the embedding's iterate back to the user's problem.</summary>
internal sealed partial class HomogeneousInteriorPoint
{
    /// <summary>
    /// Optimality: relative primal and dual residuals of (x, y, z, s)/τ below the feasibility tolerance and the gap
    /// sᵀz/τ² below the absolute or relative gap tolerance. Primal infeasibility: bᵀy + hᵀz &lt; 0 and
    /// ‖Aᵀy + Gᵀz‖∞ ≤ ε·|bᵀy + hᵀz|. Dual infeasibility: qᵀx &lt; 0 and ‖Px‖∞, ‖Ax‖∞, ‖Gx + s‖∞ ≤ ε·|qᵀx|.
    /// </summary>
    private SolverStatus? Assess()
    {
        double tau = _tau;
        double xn = DenseKernels.NormInf(_x) / tau;
        double sn = DenseKernels.NormInf(_s) / tau;
        double yzn = Math.Max(DenseKernels.NormInf(_y), DenseKernels.NormInf(_z));
        double bhn = Math.Max(DenseKernels.NormInf(_f.B), DenseKernels.NormInf(_f.H));
        double pres = Math.Max(DenseKernels.NormInf(_ry), DenseKernels.NormInf(_rz)) / tau / Math.Max(1, bhn + xn + sn);
        double dres = DenseKernels.NormInf(_rx) / tau / Math.Max(1, DenseKernels.NormInf(_f.Q) + xn + (yzn / tau));
        double xpx = XPX;
        double qx = DenseKernels.Dot(_f.Q, _x);
        double btz = DenseKernels.Dot(_f.B, _y) + DenseKernels.Dot(_f.H, _z);
        double pobj = (0.5 * xpx / (tau * tau)) + (qx / tau);
        double dobj = (-0.5 * xpx / (tau * tau)) - (btz / tau);
        double gapAbs = DenseKernels.Dot(_s, _z) / (tau * tau);
        double gapRel = gapAbs / Math.Max(1e-300, Math.Min(Math.Abs(pobj), Math.Abs(dobj)));
        if (!double.IsFinite(pres) || !double.IsFinite(dres) || !double.IsFinite(gapAbs))
        {
            return SolverStatus.NumericalTrouble;
        }

        if (pres <= _o.FeasibilityTolerance && dres <= _o.FeasibilityTolerance
            && (gapAbs <= _o.AbsoluteGapTolerance || gapRel <= _o.RelativeGapTolerance))
        {
            return SolverStatus.Optimal;
        }

        double eps = _o.InfeasibilityTolerance;
        if (btz < -eps * Math.Max(1, yzn))
        {
            // Aᵀy + Gᵀz = rx − Px − qτ.
            for (int i = 0; i < _n; i++)
            {
                _tn[i] = _rx[i] - _px[i] - (_f.Q[i] * tau);
            }

            if (DenseKernels.NormInf(_tn) <= -eps * btz)
            {
                return SolverStatus.PrimalInfeasible;
            }
        }

        if (qx < -eps * Math.Max(1, DenseKernels.NormInf(_x)))
        {
            double bound = -eps * qx;
            double ax = 0;
            for (int i = 0; i < _p; i++)
            {
                ax = Math.Max(ax, Math.Abs(_ry[i] + (_f.B[i] * tau)));
            }

            double gxs = 0;
            for (int i = 0; i < _m; i++)
            {
                gxs = Math.Max(gxs, Math.Abs(_rz[i] + (_f.H[i] * tau)));
            }

            if (DenseKernels.NormInf(_px) <= bound && ax <= bound && gxs <= bound)
            {
                return SolverStatus.DualInfeasible;
            }
        }

        return null;
    }

    private SolverResult Assemble(SolverStatus status, int iterations, long start)
    {
        ConvexProblem problem = _f.Problem;
        int n = _n;
        if (status == SolverStatus.DualInfeasible)
        {
            double qx = DenseKernels.Dot(_f.Q, _x);
            var ray = new double[n];
            for (int i = 0; i < n; i++)
            {
                ray[i] = _x[i] / -qx;
            }

            return SolutionReport.DualInfeasible(problem, SolverMethod.InteriorPoint, ray, iterations, Elapsed(start));
        }

        double scale = 1 / _tau;
        if (status == SolverStatus.PrimalInfeasible)
        {
            scale = -1 / (DenseKernels.Dot(_f.B, _y) + DenseKernels.Dot(_f.H, _z));
        }

        var lower = new double[n];
        var upper = new double[n];
        int nb = _f.BoundIndex.Length;
        for (int k = 0; k < nb; k++)
        {
            double v = _z[k] * scale;
            if (_f.BoundSign[k] > 0)
            {
                upper[_f.BoundIndex[k]] = v;
            }
            else
            {
                lower[_f.BoundIndex[k]] = v;
            }
        }

        for (int k = 0; k < _f.FixedIndex.Length; k++)
        {
            double v = _y[_f.UserEqualities + k] * scale;
            upper[_f.FixedIndex[k]] = Math.Max(v, 0);
            lower[_f.FixedIndex[k]] = Math.Max(-v, 0);
        }

        var y = new double[_f.UserEqualities];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = _y[i] * scale;
        }

        var z = new double[_f.UserInequalities];
        for (int i = 0; i < z.Length; i++)
        {
            z[i] = _z[nb + i] * scale;
        }

        var cones = new double[_cone.SocCount][];
        for (int k = 0; k < cones.Length; k++)
        {
            cones[k] = new double[_cone.SocSize(k)];
            for (int i = 0; i < cones[k].Length; i++)
            {
                cones[k][i] = _z[_cone.SocStart(k) + i] * scale;
            }
        }

        if (status == SolverStatus.PrimalInfeasible)
        {
            return SolutionReport.PrimalInfeasible(problem, SolverMethod.InteriorPoint, y, z, lower, upper, cones, iterations, Elapsed(start));
        }

        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = _x[i] / _tau;
        }

        return SolutionReport.Solution(problem, status, SolverMethod.InteriorPoint, x, y, z, lower, upper, cones, iterations, Elapsed(start));
    }
}
