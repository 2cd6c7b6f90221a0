using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.ActiveSet;

/// <summary>Dense start: the optimum on the full free set, then bounds fixed in batches until the point is feasible.</summary>
internal sealed partial class PrimalActiveSet
{
    private const int DenseStartRounds = 12;

    /// <summary>Subproblem solves (each with a fresh factorization) spent by the dense start; reported as iterations.</summary>
    private int _startRounds;

    /// <summary>
    /// Start for p ≤ 1 when the optimum is expected to hold many variables: solve the equality-constrained problem
    /// with every non-fixed variable free (for a budget row and q = 0 the unconstrained-on-the-budget
    /// w = Σ⁻¹1/(1ᵀΣ⁻¹1)), fix every variable that lands outside its bounds at the violated bound, refactor P_FF once
    /// (tiled Cholesky) and re-solve, until the point is inside the bounds. That point is feasible and minimizes
    /// the objective on its working set, so the primal active-set iteration continues from it (pricing re-frees any
    /// bound fixed wrongly, one subproblem per batch). False — the caller then uses the single-vertex crash — when
    /// p &gt; 1, when more than half of the free variables violate their bounds in the first round (a sparse
    /// optimum, where the crash is cheaper), or when no feasible point is reached within a few rounds.
    /// </summary>
    private bool TryDenseStart()
    {
        if (_p > 1)
        {
            return false;
        }

        int[] free = new int[_n];
        int k = 0;
        for (int i = 0; i < _n; i++)
        {
            double lo = _problem.Lower[i];
            double hi = _problem.Upper[i];
            if (lo == hi)
            {
                _x[i] = lo;
            }
            else
            {
                _x[i] = Math.Clamp(0.0, lo, hi);
                free[k++] = i;
            }
        }

        if (k == 0)
        {
            return false;
        }

        for (int round = 0; round < DenseStartRounds; round++)
        {
            _startRounds = round + 1;
            if (!SolveOnFreeSet(free.AsSpan(0, k)))
            {
                _startRounds = 0;
                return false;
            }

            int kept = 0;
            int violations = 0;
            for (int t = 0; t < k; t++)
            {
                int i = free[t];
                double lo = _problem.Lower[i];
                double hi = _problem.Upper[i];
                if (_x[i] < lo || _x[i] > hi)
                {
                    _x[i] = _x[i] < lo ? lo : hi;
                    violations++;
                }
                else
                {
                    free[kept++] = i;
                }
            }

            if (violations == 0)
            {
                for (int i = 0; i < _n; i++)
                {
                    _state[i] = _x[i] == _problem.Lower[i] ? AtLower : AtUpper;
                }

                foreach (int i in free.AsSpan(0, k))
                {
                    _state[i] = Free;
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

            if ((round == 0 && 2 * violations > k) || kept == 0)
            {
                _startRounds = 0;
                return false;
            }

            k = kept;
        }

        _startRounds = 0;
        return false;
    }

    /// <summary>
    /// Factors P_FF (tiled Cholesky into the updatable factor) and sets x_F to the minimizer of the objective with
    /// the other variables at their current values and the equality (if any) met. False when P_FF is not definite
    /// or the equality cannot be moved by the free variables.
    /// </summary>
    private bool SolveOnFreeSet(ReadOnlySpan<int> free)
    {
        int k = free.Length;
        if (!_chol.TryFactor(free))
        {
            return false;
        }

        // r = −(q + P x_N) restricted to F; the free entries of x are zeroed first so that only x_N contributes.
        foreach (int i in free)
        {
            _x[i] = 0;
        }

        _problem.Q.CopyTo(_g, 0);
        for (int j = 0; j < _n; j++)
        {
            if (_x[j] != 0)
            {
                DenseKernels.Axpy(_x[j], _pm.AsSpan(j * _n, _n), _g);
            }
        }

        Span<double> y = _w.AsSpan(0, k);
        for (int t = 0; t < k; t++)
        {
            y[t] = -_g[free[t]];
        }

        _chol.Solve(y);
        if (_p == 1)
        {
            Span<double> z = _v.AsSpan(0, k);
            double rhs = _problem.B[0] - DenseKernels.Dot(_problem.A.AsSpan(0, _n), _x);
            double ay = 0;
            for (int t = 0; t < k; t++)
            {
                double a = _problem.A[free[t]];
                z[t] = a;
                ay += a * y[t];
            }

            _chol.Solve(z);
            double az = 0;
            for (int t = 0; t < k; t++)
            {
                az += _problem.A[free[t]] * z[t];
            }

            if (!(az > 0))
            {
                return false;
            }

            double nu = (ay - rhs) / az;
            DenseKernels.Axpy(-nu, z, y);
        }

        for (int t = 0; t < k; t++)
        {
            _x[free[t]] = y[t];
        }

        return true;
    }
}
