using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.ActiveSet;

/// <summary>Starting points (crash and warm start) and the assembly of the result.</summary>
internal sealed partial class PrimalActiveSet
{
    /// <summary>
    /// Crash start for p ≤ 1: every variable at clamp(0, lb, ub); then, to meet aᵀx = b, variables move one at a
    /// time in increasing order of Pᵢᵢ/aᵢ² (cheapest curvature per unit of the equality first). False when p &gt; 1
    /// or the equality cannot be met inside the bounds.
    /// </summary>
    private bool TryCrash()
    {
        if (_p > 1)
        {
            return false;
        }

        for (int i = 0; i < _n; i++)
        {
            _x[i] = Math.Clamp(0.0, _problem.Lower[i], _problem.Upper[i]);
        }

        int last = -1;
        if (_p == 1)
        {
            double residual = _problem.B[0] - DenseKernels.Dot(_problem.A.AsSpan(0, _n), _x);
            double tolerance = 1e-12 * (1 + Math.Abs(_problem.B[0]));
            var order = new int[_n];
            var cost = new double[_n];
            for (int i = 0; i < _n; i++)
            {
                double a = _problem.A[i];
                order[i] = i;
                cost[i] = a == 0 ? double.PositiveInfinity : _pm[(i * _n) + i] / (a * a);
            }

            Array.Sort(cost, order);
            foreach (int i in order)
            {
                double a = _problem.A[i];
                if (Math.Abs(residual) <= tolerance || a == 0)
                {
                    break;
                }

                double step = Math.Clamp(residual / a, _problem.Lower[i] - _x[i], _problem.Upper[i] - _x[i]);
                if (step != 0)
                {
                    _x[i] += step;
                    residual -= a * step;
                    last = i;
                }
            }

            if (Math.Abs(residual) > tolerance)
            {
                return false;
            }

            // The equality held at the clamped point already: free the cheapest movable variable so that the
            // working set {a, eᵢ for i bound} stays linearly independent.
            for (int t = 0; t < _n && last < 0; t++)
            {
                int i = order[t];
                if (_problem.A[i] != 0 && _problem.Lower[i] != _problem.Upper[i])
                {
                    last = i;
                }
            }
        }

        return Begin(last);
    }

    /// <summary>Warm start: the previous x clamped to the bounds, if it satisfies the equalities here.</summary>
    private bool TryWarmStart(double[] previous)
    {
        for (int i = 0; i < _n; i++)
        {
            double v = Math.Clamp(previous[i], _problem.Lower[i], _problem.Upper[i]);
            double span = 1e-10 * (1 + Math.Abs(v));
            _x[i] = Math.Abs(v - _problem.Lower[i]) <= span ? _problem.Lower[i] : Math.Abs(v - _problem.Upper[i]) <= span ? _problem.Upper[i] : v;
        }

        for (int r = 0; r < _p; r++)
        {
            double residual = _problem.B[r] - DenseKernels.Dot(_problem.A.AsSpan(r * _n, _n), _x);
            if (Math.Abs(residual) > 1e-9 * (1 + Math.Abs(_problem.B[r])))
            {
                return false;
            }
        }

        int any = -1;
        for (int i = 0; i < _n && _p > 0; i++)
        {
            if (_problem.A[i] != 0 && _problem.Lower[i] != _problem.Upper[i])
            {
                any = i;
                break;
            }
        }

        return Begin(any);
    }

    /// <summary>Sets states from x, frees <paramref name="mustFree"/> (keeps the working set independent), factors P_FF, computes g.</summary>
    private bool Begin(int mustFree)
    {
        _chol.Clear();
        for (int i = 0; i < _n; i++)
        {
            double lo = _problem.Lower[i];
            double hi = _problem.Upper[i];
            _state[i] = _x[i] == lo ? AtLower : _x[i] == hi ? AtUpper : Free;
            if (i == mustFree && lo != hi)
            {
                _state[i] = Free;
            }

            if (_state[i] == Free && !_chol.TryAppend(i))
            {
                return false;
            }
        }

        if (_p == 1 && _chol.Count == 0)
        {
            return false;
        }

        _problem.Q.CopyTo(_g, 0);
        for (int i = 0; i < _n; i++)
        {
            if (_x[i] != 0)
            {
                DenseKernels.Axpy(_x[i], _pm.AsSpan(i * _n, _n), _g);
            }
        }

        return true;
    }

    private SolverResult Assemble(long start)
    {
        // Refresh the gradient from scratch and the multipliers on the final working set.
        _problem.Q.CopyTo(_g, 0);
        for (int i = 0; i < _n; i++)
        {
            if (_x[i] != 0)
            {
                DenseKernels.Axpy(_x[i], _pm.AsSpan(i * _n, _n), _g);
            }
        }

        SolveSubproblem();
        var lower = new double[_n];
        var upper = new double[_n];
        for (int j = 0; j < _n; j++)
        {
            if (_state[j] == Free)
            {
                continue;
            }

            double mu = ReducedCost(j);
            lower[j] = Math.Max(mu, 0);
            upper[j] = Math.Max(-mu, 0);
        }

        var x = (double[])_x.Clone();
        return SolutionReport.Solution(
            _problem, SolverStatus.Optimal, SolverMethod.ActiveSet, x, (double[])_nu.Clone(), [], lower, upper, [],
            _iterations + _startRounds, System.Diagnostics.Stopwatch.GetTimestamp() - start);
    }
}
