using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.ActiveSet;

/// <summary>
/// Primal active-set method (Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm 16.3) for
/// minimize ½xᵀPx + qᵀx s.t. Ax = b, lb ≤ x ≤ ub with P positive definite on every free subspace visited.
/// The working set is the set of variables held at a bound; equalities are always active. Each iteration solves
/// the equality-constrained subproblem on the free set F through a Cholesky factor of P_FF that is updated, not
/// recomputed, when a variable joins F (O(k²)) or leaves it (Givens rotations, O(k²)), plus a p × p Schur
/// complement for the equalities. The gradient Px + q is updated by SIMD row updates (O(nk) per step).
/// Cold starts for p ≤ 1 first try the dense start (PrimalActiveSet.DenseStart.cs: the optimum with every variable
/// free, then violated bounds fixed in batches with one tiled-Cholesky refactorization per round, a few n³/3 at
/// near-peak FMA throughput), which suits optima holding many variables; when more than half the variables violate
/// their bounds in the first round (a sparse optimum) they fall back to the vertex that uses the cheapest variables
/// (smallest Pᵢᵢ/aᵢ², the lowest-variance asset for a budget row), from which the cost is O(n·k²) for k free
/// variables at the optimum.
/// </summary>
internal sealed partial class PrimalActiveSet
{
    private const byte Free = 0;
    private const byte AtLower = 1;
    private const byte AtUpper = 2;

    private readonly ConvexProblem _problem;
    private readonly int _n;
    private readonly int _p;
    private readonly double[] _pm;
    private readonly double[] _x;
    private readonly double[] _g;
    private readonly byte[] _state;
    private readonly UpdatableCholesky _chol;
    private readonly double[] _w;
    private readonly double[] _v;
    private readonly double[] _s;
    private readonly double[] _nu;
    private readonly double[] _d;
    private readonly double _dualTolerance;
    private int _iterations;

    private PrimalActiveSet(ConvexProblem problem)
    {
        _problem = problem;
        _n = problem.VariableCount;
        _p = problem.EqualityCount;
        _pm = problem.P!;
        _x = new double[_n];
        _g = new double[_n];
        _state = new byte[_n];
        _chol = new UpdatableCholesky(_pm, _n);
        _w = new double[_n];
        _v = new double[Math.Max(1, _p) * _n];
        _s = new double[_p * _p];
        _nu = new double[_p];
        _d = new double[_n];
        double maxDiag = 0;
        for (int i = 0; i < _n; i++)
        {
            maxDiag = Math.Max(maxDiag, Math.Abs(_pm[(i * _n) + i]));
        }

        _dualTolerance = 1e-12 * (1 + DenseKernels.NormInf(problem.Q) + maxDiag);
    }

    /// <summary>True when the problem has the shape this method handles (P present, no G rows, no cones).</summary>
    public static bool Applies(ConvexProblem problem) =>
        problem.P is not null && problem.InequalityCount == 0 && problem.Cones.Count == 0;

    /// <summary>
    /// Runs the method. Returns null when it cannot (no feasible start without a warm start for p &gt; 1, the
    /// equality unattainable within the bounds, P not definite on a free subspace, iteration limit): the caller
    /// then uses the interior-point method, which also produces infeasibility certificates.
    /// </summary>
    public static SolverResult? TrySolve(ConvexProblem problem, SolverOptions options, double[]? warmStart, long start)
    {
        var solver = new PrimalActiveSet(problem);
        bool started = (warmStart is not null && solver.TryWarmStart(warmStart)) || solver.TryDenseStart() || solver.TryCrash();
        if (!started)
        {
            return null;
        }

        int limit = options.MaxActiveSetIterations > 0 ? options.MaxActiveSetIterations : (50 * problem.VariableCount) + 1000;
        return solver.Iterate(limit) ? solver.Assemble(start) : null;
    }

    private bool Iterate(int limit)
    {
        for (_iterations = 0; _iterations < limit; _iterations++)
        {
            if (!SolveSubproblem())
            {
                return false;
            }

            int k = _chol.Count;
            ReadOnlySpan<int> free = _chol.Index;
            double alpha = 1.0;
            int block = -1;
            for (int t = 0; t < k; t++)
            {
                int i = free[t];
                double dt = _d[t];
                double limitStep = dt < 0 ? (_problem.Lower[i] - _x[i]) / dt : dt > 0 ? (_problem.Upper[i] - _x[i]) / dt : double.PositiveInfinity;
                if (limitStep < alpha)
                {
                    alpha = Math.Max(0, limitStep);
                    block = t;
                }
            }

            for (int t = 0; t < k; t++)
            {
                double step = alpha * _d[t];
                if (step != 0)
                {
                    int i = free[t];
                    _x[i] += step;
                    DenseKernels.Axpy(step, _pm.AsSpan(i * _n, _n), _g);
                }
            }

            if (block >= 0)
            {
                int i = free[block];
                bool lower = _d[block] < 0;
                double bound = lower ? _problem.Lower[i] : _problem.Upper[i];
                DenseKernels.Axpy(bound - _x[i], _pm.AsSpan(i * _n, _n), _g);
                _x[i] = bound;
                _state[i] = lower ? AtLower : AtUpper;
                _chol.RemoveAt(block);
                continue;
            }

            // At the minimizer on the current working set: price the bounds with the equality multipliers ν.
            // Multiple pricing: every bound whose multiplier is wrong by at least a tenth of the worst one is
            // released at once (one subproblem solve instead of one per variable when many assets are held).
            double worst = _dualTolerance;
            for (int j = 0; j < _n; j++)
            {
                double violation = Violation(j);
                worst = Math.Max(worst, violation);
            }

            if (worst <= _dualTolerance)
            {
                return true;
            }

            double threshold = Math.Max(_dualTolerance, 0.1 * worst);
            for (int j = 0; j < _n; j++)
            {
                if (Violation(j) >= threshold)
                {
                    if (!_chol.TryAppend(j))
                    {
                        return false;
                    }

                    _state[j] = Free;
                }
            }
        }

        return false;
    }

    /// <summary>How far bound j's multiplier has the wrong sign (0 for free and fixed variables).</summary>
    private double Violation(int j)
    {
        byte st = _state[j];
        if (st == Free || _problem.Lower[j] == _problem.Upper[j])
        {
            return 0;
        }

        double mu = ReducedCost(j);
        return st == AtLower ? -mu : mu;
    }

    /// <summary>μⱼ = gⱼ + Σ aᵣⱼ νᵣ, the Lagrangian gradient in variable j.</summary>
    private double ReducedCost(int j)
    {
        double mu = _g[j];
        for (int r = 0; r < _p; r++)
        {
            mu += _problem.A[(r * _n) + j] * _nu[r];
        }

        return mu;
    }

    /// <summary>
    /// Solves [P_FF A_Fᵀ; A_F 0][d; ν] = [−g_F; 0] with L (P_FF = LLᵀ): w = L⁻¹g_F, V = L⁻¹A_Fᵀ,
    /// (VᵀV)ν = −Vᵀw, d = −L⁻ᵀ(w + Vν).
    /// </summary>
    private bool SolveSubproblem()
    {
        int k = _chol.Count;
        ReadOnlySpan<int> free = _chol.Index;
        Span<double> w = _w.AsSpan(0, k);
        for (int t = 0; t < k; t++)
        {
            w[t] = _g[free[t]];
        }

        _chol.Forward(w);
        if (_p > 0)
        {
            for (int r = 0; r < _p; r++)
            {
                Span<double> vr = _v.AsSpan(r * _n, k);
                for (int t = 0; t < k; t++)
                {
                    vr[t] = _problem.A[(r * _n) + free[t]];
                }

                _chol.Forward(vr);
            }

            double maxS = 0;
            for (int r = 0; r < _p; r++)
            {
                for (int c = 0; c <= r; c++)
                {
                    double v = DenseKernels.Dot(_v.AsSpan(r * _n, k), _v.AsSpan(c * _n, k));
                    _s[(r * _p) + c] = v;
                    _s[(c * _p) + r] = v;
                }

                _nu[r] = -DenseKernels.Dot(_v.AsSpan(r * _n, k), w);
                maxS = Math.Max(maxS, _s[(r * _p) + r]);
            }

            if (!(maxS > 0) || DenseCholesky.Factor(_s, _p, 1e-13 * maxS) > 0)
            {
                return false;
            }

            DenseCholesky.Solve(_s, _p, _nu);
            for (int r = 0; r < _p; r++)
            {
                DenseKernels.Axpy(_nu[r], _v.AsSpan(r * _n, k), w);
            }
        }

        _chol.Backward(w);
        double size = 0;
        double xSize = 1;
        for (int t = 0; t < k; t++)
        {
            _d[t] = -w[t];
            size = Math.Max(size, Math.Abs(w[t]));
            xSize = Math.Max(xSize, Math.Abs(_x[free[t]]));
        }

        // Round-off sized steps mean "already at the subspace minimizer"; taking them would only let a variable
        // sitting on its bound block a zero-length step and break the independence of the working set.
        if (size <= 1e-14 * xSize)
        {
            _d.AsSpan(0, k).Clear();
        }

        return true;
    }
}
