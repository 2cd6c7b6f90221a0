using System.Diagnostics;
using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Optimization;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Efficient-risk (max μᵀw s.t. wᵀΣw ≤ σ*²) by walking the critical line (Markowitz 1956; Niedermayer and Niedermayer
/// 2010) instead of solving a dense second-order cone. For the parametric problem min ½wᵀΣw − t μᵀw, Σw = b,
/// lb ≤ w ≤ ub the optimum w(t) is piecewise linear in t ≥ 0: between turning points the set F of assets strictly inside
/// their bounds is fixed and w_F(t) = α + tβ solves the equality-constrained KKT system on F. The walk starts at the
/// minimum-volatility portfolio (t = 0, the active-set QP), moves t up to the next turning point (a free asset reaches a
/// bound, or a bound asset's multiplier reaches zero), and on the segment where wᵀΣw crosses σ*² solves that quadratic
/// in t exactly. The optimum of the cone problem is this point: its KKT conditions are those of the parametric QP with
/// t = 1 / (2ν), ν the multiplier of the volatility constraint.
/// </summary>
/// <remarks>
/// Applies to weight bounds plus the budget (Σw = 1, or 0 when market-neutral) with no L2 term, costs, turnover, sector,
/// factor or tracking-error rows; returns null otherwise, and whenever the walk cannot finish cleanly (Σ_FF not positive
/// definite, a target below the minimum volatility, degenerate turning points beyond the step limit, or a final point
/// failing its feasibility check), so that the caller solves the cone problem, which also diagnoses infeasibility.
/// </remarks>
internal static class CriticalLine
{
    private const byte Free = 0;
    private const byte AtLower = 1;
    private const byte AtUpper = 2;

    /// <summary>True when the problem has only bounds and the budget (and no quadratic or cost terms besides Σ).</summary>
    public static bool Applies(OptimizationInputs inputs) =>
        inputs.L2Gamma == 0 && inputs.TransactionCosts is null && inputs.MarketImpact is null && inputs.MaxTurnover is null
        && (inputs.Sectors is null || inputs.SectorLimits is null) && inputs.MaxTrackingError is null && inputs.FactorLoadings is null
        && inputs.LowerBound < inputs.UpperBound;

    /// <summary>The efficient-risk allocation, or null when the walk does not apply or cannot finish (see remarks).</summary>
    public static PortfolioAllocation? TrySolve(OptimizationInputs inputs, double target)
    {
        if (!Applies(inputs))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var model = new ConstraintModel(inputs, 0, homogeneous: false);
        (_, SolverResult? start) = model.Solve("min-volatility", new double[model.Columns], OptimizationGuards.Quadratic(inputs, model.Columns, 2), model.Weights);
        if (start is not { Method: SolverMethod.ActiveSet })
        {
            return null; // infeasible bounds, or a start that is not an exact vertex of the working set
        }

        var walk = new Walk(inputs, start.X);
        double[]? w = walk.Run(target);
        return w is null ? null : new PortfolioAllocation("efficient-risk", OptimizationStatus.Optimal, inputs.Symbols, w, null, walk.Steps, clock.Elapsed);
    }

    private sealed class Walk
    {
        private readonly double[,] _sigma;
        private readonly IReadOnlyList<double> _mu;
        private readonly int _n;
        private readonly double _lo;
        private readonly double _hi;
        private readonly double _budget;
        private readonly byte[] _state;
        private readonly double[] _w;

        public Walk(OptimizationInputs inputs, double[] start)
        {
            _sigma = inputs.Covariance;
            _mu = inputs.ExpectedReturns;
            _n = inputs.Symbols.Count;
            _lo = inputs.LowerBound;
            _hi = inputs.UpperBound;
            _budget = inputs.MarketNeutral ? 0 : 1;
            _state = new byte[_n];
            _w = start[.._n];
            for (int i = 0; i < _n; i++)
            {
                // The active-set method leaves working-set variables exactly on their bounds.
                _state[i] = _w[i] <= _lo ? AtLower : _w[i] >= _hi ? AtUpper : Free;
            }
        }

        public int Steps { get; private set; }

        public double[]? Run(double target)
        {
            double target2 = target * target;
            double t = 0;
            int just = -1;
            for (Steps = 0; Steps < (4 * _n) + 100; Steps++)
            {
                int[] free = [.. Enumerable.Range(0, _n).Where(i => _state[i] == Free)];
                if (free.Length == 0 || !TrySegment(free, out double[] alpha, out double[] beta, out double y0, out double y1))
                {
                    return null;
                }

                // w(t) = p + t v with p = (w_B, α), v = (0, β); wᵀΣw = c0 + 2 c1 t + c2 t².
                var p = (double[])_w.Clone();
                var v = new double[_n];
                for (int k = 0; k < free.Length; k++)
                {
                    p[free[k]] = alpha[k];
                    v[free[k]] = beta[k];
                }

                int[] support = [.. Enumerable.Range(0, _n).Where(i => _state[i] == Free || p[i] != 0)];
                double c0 = 0, c1 = 0, c2 = 0;
                var sigmaV = new double[_n];
                var sigmaP = new double[_n];
                for (int i = 0; i < _n; i++)
                {
                    double sp = 0, sv = 0;
                    foreach (int j in support)
                    {
                        sp += _sigma[i, j] * p[j];
                        sv += _sigma[i, j] * v[j];
                    }

                    (sigmaP[i], sigmaV[i]) = (sp, sv);
                }

                foreach (int i in support)
                {
                    c0 += p[i] * sigmaP[i];
                    c1 += p[i] * sigmaV[i];
                    c2 += v[i] * sigmaV[i];
                }

                if (t == 0 && c0 > target2 * (1 + 1e-12))
                {
                    return null; // below the minimum volatility: the cone problem reports it as infeasible
                }

                (double next, int who) = NextTurningPoint(free, alpha, beta, sigmaP, sigmaV, y0, y1, t, just);
                // Volatility at the end of the segment; on the last, unbounded segment it grows without limit unless w stops moving.
                double end = !double.IsPositiveInfinity(next) ? c0 + (next * ((2 * c1) + (c2 * next))) : c2 > 0 ? double.PositiveInfinity : c0;
                if (end >= target2)
                {
                    double root = Root(c0 - target2, c1, c2, t, next);
                    return Finish(p, v, root, target2);
                }

                if (double.IsPositiveInfinity(next))
                {
                    return Finish(p, v, t, double.NaN); // the path ends below the target: the volatility cap does not bind
                }

                for (int k = 0; k < free.Length; k++)
                {
                    _w[free[k]] = alpha[k] + (next * beta[k]);
                }

                t = next;
                just = who;
                if (_state[who] == Free)
                {
                    bool lower = _w[who] - _lo <= _hi - _w[who];
                    _state[who] = lower ? AtLower : AtUpper;
                    _w[who] = lower ? _lo : _hi;
                }
                else
                {
                    _state[who] = Free;
                }
            }

            return null;
        }

        /// <summary>KKT on F: Σ_FF w_F + 1·y = tμ_F − Σ_FB w_B, 1ᵀw_F = b − 1ᵀw_B; w_F = α + tβ, y = y0 + t y1.</summary>
        private bool TrySegment(int[] free, out double[] alpha, out double[] beta, out double y0, out double y1)
        {
            int f = free.Length;
            var h = new double[f, f];
            var r0 = new double[f];
            var muF = new double[f];
            double rest = _budget;
            for (int j = 0; j < _n; j++)
            {
                rest -= _state[j] == Free ? 0 : _w[j];
            }

            for (int a = 0; a < f; a++)
            {
                int i = free[a];
                muF[a] = _mu[i];
                for (int b = 0; b <= a; b++)
                {
                    h[a, b] = _sigma[i, free[b]];
                }

                double s = 0;
                for (int j = 0; j < _n; j++)
                {
                    if (_state[j] != Free && _w[j] != 0)
                    {
                        s += _sigma[i, j] * _w[j];
                    }
                }

                r0[a] = -s;
            }

            Cholesky chol;
            try
            {
                chol = Cholesky.Factor(h);
            }
            catch (MatrixNotPositiveDefiniteException)
            {
                (alpha, beta, y0, y1) = ([], [], 0, 0);
                return false;
            }

            double[] u = chol.Solve(Enumerable.Repeat(1.0, f).ToArray());
            double[] z0 = chol.Solve(r0);
            double[] z1 = chol.Solve(muF);
            double s1 = u.Sum();
            y0 = (z0.Sum() - rest) / s1;
            y1 = z1.Sum() / s1;
            alpha = new double[f];
            beta = new double[f];
            for (int a = 0; a < f; a++)
            {
                alpha[a] = z0[a] - (y0 * u[a]);
                beta[a] = z1[a] - (y1 * u[a]);
            }

            return true;
        }

        /// <summary>The smallest t' ≥ t at which a free weight reaches a bound or a bound weight's multiplier reaches zero.</summary>
        private (double T, int Who) NextTurningPoint(int[] free, double[] alpha, double[] beta, double[] sigmaP, double[] sigmaV, double y0, double y1, double t, int just)
        {
            double slack = 1e-12 * Math.Max(1, t);
            double best = double.PositiveInfinity;
            int who = -1;
            void Offer(int i, double at)
            {
                // Round-off can put the turning point just crossed a hair ahead; the asset that just turned waits a little.
                if (at >= t - slack && !(i == just && at <= t + slack) && at < best)
                {
                    (best, who) = (Math.Max(at, t), i);
                }
            }

            for (int k = 0; k < free.Length; k++)
            {
                if (beta[k] < 0 && double.IsFinite(_lo))
                {
                    Offer(free[k], (_lo - alpha[k]) / beta[k]);
                }
                else if (beta[k] > 0 && double.IsFinite(_hi))
                {
                    Offer(free[k], (_hi - alpha[k]) / beta[k]);
                }
            }

            for (int j = 0; j < _n; j++)
            {
                if (_state[j] == Free)
                {
                    continue;
                }

                // g_j(t) = (Σw)_j − tμ_j + y: ≥ 0 at a lower bound, ≤ 0 at an upper bound; it turns where it reaches 0.
                double gamma = sigmaP[j] + y0, delta = sigmaV[j] - _mu[j] + y1;
                if ((_state[j] == AtLower && delta < 0) || (_state[j] == AtUpper && delta > 0))
                {
                    Offer(j, -gamma / delta);
                }
            }

            return (best, who);
        }

        /// <summary>The root of c0' + 2c1 t + c2 t² = 0 in [from, to] (c0' = c0 − σ*²).</summary>
        private static double Root(double c0, double c1, double c2, double from, double to)
        {
            if (c2 <= 0)
            {
                return c1 > 0 ? -c0 / (2 * c1) : from;
            }

            double disc = Math.Sqrt(Math.Max((c1 * c1) - (c2 * c0), 0));
            double q = -(c1 + (c1 >= 0 ? disc : -disc));
            double r1 = q / c2, r2 = q == 0 ? r1 : c0 / q;
            double best = Math.Max(r1, r2);
            return Math.Clamp(best, from, double.IsPositiveInfinity(to) ? best : to);
        }

        private double[]? Finish(double[] p, double[] v, double t, double target2)
        {
            var w = new double[_n];
            double sum = 0;
            for (int i = 0; i < _n; i++)
            {
                w[i] = p[i] + (t * v[i]);
                sum += w[i];
                if (w[i] < _lo - 1e-9 || w[i] > _hi + 1e-9)
                {
                    return null;
                }

                w[i] = Math.Clamp(w[i], _lo, _hi);
            }

            if (Math.Abs(sum - _budget) > 1e-9)
            {
                return null;
            }

            if (!double.IsNaN(target2))
            {
                double variance = 0;
                for (int i = 0; i < _n; i++)
                {
                    if (w[i] == 0)
                    {
                        continue;
                    }

                    double s = 0;
                    for (int j = 0; j < _n; j++)
                    {
                        s += _sigma[i, j] * w[j];
                    }

                    variance += w[i] * s;
                }

                if (Math.Abs(variance - target2) > 1e-9 * target2)
                {
                    return null;
                }
            }

            return w;
        }
    }
}
