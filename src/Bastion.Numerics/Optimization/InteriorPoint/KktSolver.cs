using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.InteriorPoint;

/// <summary>
/// Solves the scaled KKT system of one interior-point iteration,
/// [P Aᵀ Gᵀ; A 0 0; G 0 −W²] [dx; dy; dz] = [rx; ry; rz], by eliminating dz and factoring the n × n matrix
/// M = P + GᵀW⁻²G + AᵀA + εI (cvxopt's "chol2": adding AᵀA keeps M definite when P is only semidefinite), then the
/// p × p Schur complement A M⁻¹ Aᵀ. The work is O(n²(n + m + p)) per factorization, so thousands of scenario rows
/// cost a rank-m update of an n × n matrix, never an m × m factorization. Iterative refinement against the exact
/// (unregularized) system removes the effect of ε and of dynamically regularized pivots.
/// </summary>
internal sealed class KktSolver
{
    private readonly StandardForm _form;
    private readonly int _n;
    private readonly int _p;
    private readonly double[] _m;
    private readonly double[] _yt;
    private readonly double[] _u;
    private readonly double[] _s;
    private readonly double[] _column;
    private readonly double[] _scaled;
    private readonly double[] _tm1;
    private readonly double[] _tm2;
    private readonly double[] _tn2;
    private readonly double[] _ex;
    private readonly double[] _ey;
    private readonly double[] _cx;
    private readonly double[] _cy;
    private readonly double[] _ez;
    private readonly double[] _cz;

    public KktSolver(StandardForm form)
    {
        _form = form;
        _n = form.N;
        _p = form.EqualityCount;
        _m = new double[_n * _n];
        _yt = new double[_n * form.DenseRows];
        _u = new double[_p * _n];
        _s = new double[_p * _p];
        _column = new double[form.M];
        _scaled = new double[form.M];
        _tm1 = new double[form.M];
        _tm2 = new double[form.M];
        _tn2 = new double[_n];
        _ex = new double[_n];
        _ey = new double[_p];
        _cx = new double[_n];
        _cy = new double[_p];
        _ez = new double[form.M];
        _cz = new double[form.M];
    }

    /// <summary>Pivots that were dynamically regularized in the last factorization.</summary>
    public int RegularizedPivots { get; private set; }

    public void Factor()
    {
        int n = _n;
        ConeScaling cone = _form.Cone;
        if (_form.P is null)
        {
            Array.Clear(_m);
        }
        else
        {
            Array.Copy(_form.P, _m, _m.Length);
        }

        int nb = _form.BoundIndex.Length;
        for (int i = 0; i < nb; i++)
        {
            double w = cone.LinearScale(i);
            int j = _form.BoundIndex[i];
            _m[(j * n) + j] += 1.0 / (w * w);
        }

        int dr = _form.DenseRows;
        if (dr > 0)
        {
            // Columns of W⁻¹G (dense part), stored transposed: row j of _yt is column j of W⁻¹G_dense.
            Array.Clear(_column);
            for (int j = 0; j < n; j++)
            {
                for (int r = 0; r < dr; r++)
                {
                    _column[nb + r] = _form.GDense[(r * n) + j];
                }

                cone.ApplyWInverse(_column, _scaled);
                Array.Copy(_scaled, nb, _yt, j * dr, dr);
            }

            AddGramLower(_yt, dr);
        }

        if (_p > 0)
        {
            AddGramLower(_form.ATransposed, _p);
        }

        double maxDiag = 0;
        for (int i = 0; i < n; i++)
        {
            maxDiag = Math.Max(maxDiag, _m[(i * n) + i]);
        }

        double eps = 1e-12 + (1e-14 * maxDiag);
        for (int i = 0; i < n; i++)
        {
            _m[(i * n) + i] += eps;
        }

        double floor = 1e-13 * Math.Max(maxDiag, 1e-8);
        RegularizedPivots = DenseCholesky.Factor(_m, n, floor, 1e-8 * Math.Max(maxDiag, 1e-8));
        if (_p == 0)
        {
            return;
        }

        for (int r = 0; r < _p; r++)
        {
            Span<double> ur = _u.AsSpan(r * n, n);
            _form.A.AsSpan(r * n, n).CopyTo(ur);
            DenseCholesky.Solve(_m, n, ur);
        }

        double maxS = 0;
        for (int r = 0; r < _p; r++)
        {
            for (int t = 0; t <= r; t++)
            {
                double v = DenseKernels.Dot(_form.A.AsSpan(r * n, n), _u.AsSpan(t * n, n));
                _s[(r * _p) + t] = v;
                _s[(t * _p) + r] = v;
            }

            maxS = Math.Max(maxS, _s[(r * _p) + r]);
        }

        double delta = 1e-12 * Math.Max(maxS, 1e-8);
        for (int r = 0; r < _p; r++)
        {
            _s[(r * _p) + r] += delta;
        }

        RegularizedPivots += DenseCholesky.Factor(_s, _p, 1e-14 * Math.Max(maxS, 1e-8), 1e-8 * Math.Max(maxS, 1e-8));
    }

    /// <summary>
    /// Solves the full system; inputs are not modified. Iterative refinement measures the residual of the full
    /// three-block system (not of the reduced one, whose right-hand side GᵀW⁻²rz is amplified by W⁻² near the
    /// boundary and would carry that amplification into the residual).
    /// </summary>
    public void Solve(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry, ReadOnlySpan<double> rz, Span<double> dx, Span<double> dy, Span<double> dz)
    {
        SolveOnce(rx, ry, rz, dx, dy, dz);
        double scale = 1 + Math.Max(DenseKernels.NormInf(rx), Math.Max(DenseKernels.NormInf(ry), DenseKernels.NormInf(rz)));
        double previous = double.PositiveInfinity;
        for (int iteration = 0; iteration < 8; iteration++)
        {
            double err = FullResidual(rx, ry, rz, dx, dy, dz);
            if (err <= 1e-15 * scale || err >= 0.5 * previous)
            {
                break;
            }

            previous = err;
            SolveOnce(_ex, _ey, _ez, _cx, _cy, _cz);
            DenseKernels.Axpy(1.0, _cx, dx);
            DenseKernels.Axpy(1.0, _cy, dy);
            DenseKernels.Axpy(1.0, _cz, dz);
        }
    }

    private double FullResidual(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry, ReadOnlySpan<double> rz, ReadOnlySpan<double> dx, ReadOnlySpan<double> dy, ReadOnlySpan<double> dz)
    {
        ConeScaling cone = _form.Cone;
        _form.MulP(dx, _ex);
        _form.MulATransposeAdd(dy, _ex);
        _form.MulGTransposeAdd(dz, _ex);
        for (int i = 0; i < _n; i++)
        {
            _ex[i] = rx[i] - _ex[i];
        }

        _form.MulA(dx, _ey);
        for (int i = 0; i < _p; i++)
        {
            _ey[i] = ry[i] - _ey[i];
        }

        // ez = rz − G dx + W² dz.
        cone.ApplyW(dz, _tm1);
        cone.ApplyW(_tm1, _tm2);
        _form.MulG(dx, _ez);
        for (int i = 0; i < _ez.Length; i++)
        {
            _ez[i] = rz[i] - _ez[i] + _tm2[i];
        }

        return Math.Max(DenseKernels.NormInf(_ex), Math.Max(DenseKernels.NormInf(_ey), DenseKernels.NormInf(_ez)));
    }

    private void SolveOnce(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry, ReadOnlySpan<double> rz, Span<double> dx, Span<double> dy, Span<double> dz)
    {
        ConeScaling cone = _form.Cone;
        // r̃x = rx + GᵀW⁻²rz.
        cone.ApplyWInverse(rz, _tm1);
        cone.ApplyWInverse(_tm1, _tm2);
        Span<double> rtx = _tn2;
        rx.CopyTo(rtx);
        _form.MulGTransposeAdd(_tm2, rtx);
        SolveReduced(rtx, ry, dx, dy);

        // dz = W⁻²(G dx − rz).
        _form.MulG(dx, _tm1);
        for (int i = 0; i < _tm1.Length; i++)
        {
            _tm1[i] -= rz[i];
        }

        cone.ApplyWInverse(_tm1, _tm2);
        cone.ApplyWInverse(_tm2, dz);
    }

    private void SolveReduced(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry, Span<double> dx, Span<double> dy)
    {
        // (H + AᵀA) dx + Aᵀdy = rx + Aᵀry and A dx = ry, H = P + GᵀW⁻²G.
        rx.CopyTo(dx);
        _form.MulATransposeAdd(ry, dx);
        DenseCholesky.Solve(_m, _n, dx);
        if (_p == 0)
        {
            return;
        }

        _form.MulA(dx, dy);
        for (int i = 0; i < _p; i++)
        {
            dy[i] -= ry[i];
        }

        DenseCholesky.Solve(_s, _p, dy);
        for (int r = 0; r < _p; r++)
        {
            DenseKernels.Axpy(-dy[r], _u.AsSpan(r * _n, _n), dx);
        }
    }

    private void AddGramLower(double[] transposed, int width)
    {
        int n = _n;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> ri = transposed.AsSpan(i * width, width);
            for (int j = 0; j <= i; j++)
            {
                _m[(i * n) + j] += DenseKernels.Dot(ri, transposed.AsSpan(j * width, width));
            }
        }
    }
}
