using System.Diagnostics;
using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.InteriorPoint;

/// <summary>
/// Primal–dual interior point on the homogeneous self-dual embedding of the QP/SOCP (Goulart and Chen, "Clarabel",
/// 2024, §3): variables (x, y, z, s, τ, κ) with
/// Px + Aᵀy + Gᵀz + qτ = 0, Ax = bτ, Gx + s = hτ, κ + qᵀx + bᵀy + hᵀz + xᵀPx/τ = 0, s, z ∈ K, τ, κ ≥ 0.
/// Nesterov–Todd scaling and Mehrotra's predictor–corrector give the search directions; each iteration factors one
/// n × n matrix (see <see cref="KktSolver"/>) and solves it for two right-hand sides per direction. τ → 0 with
/// κ &gt; 0 yields the infeasibility certificates; τ &gt; 0 with vanishing residuals yields x/τ, y/τ, z/τ.
/// </summary>
internal sealed partial class HomogeneousInteriorPoint
{
    private readonly StandardForm _f;
    private readonly SolverOptions _o;
    private readonly KktSolver _kkt;
    private readonly ConeScaling _cone;
    private readonly int _n;
    private readonly int _p;
    private readonly int _m;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;
    private readonly double[] _s;
    private readonly double[] _rx;
    private readonly double[] _ry;
    private readonly double[] _rz;
    private readonly double[] _px;
    private readonly double[] _x1;
    private readonly double[] _y1;
    private readonly double[] _z1;
    private readonly double[] _x2;
    private readonly double[] _y2;
    private readonly double[] _z2;
    private readonly double[] _dx;
    private readonly double[] _dy;
    private readonly double[] _dz;
    private readonly double[] _ds;
    private readonly double[] _negQ;
    private readonly double[] _qPlus2PXi;
    private readonly double[] _tn;
    private readonly double[] _t1;
    private readonly double[] _t2;
    private readonly double[] _t3;
    private readonly double[] _dsTarget;
    private double _tau = 1;
    private double _kappa = 1;
    private double _dtau;
    private double _dkappa;
    private double _denominator;

    private HomogeneousInteriorPoint(StandardForm form, SolverOptions options)
    {
        _f = form;
        _o = options;
        _kkt = new KktSolver(form);
        _cone = form.Cone;
        _n = form.N;
        _p = form.EqualityCount;
        _m = form.M;
        _x = new double[_n];
        _y = new double[_p];
        _z = new double[_m];
        _s = new double[_m];
        _rx = new double[_n];
        _ry = new double[_p];
        _rz = new double[_m];
        _px = new double[_n];
        _x1 = new double[_n];
        _y1 = new double[_p];
        _z1 = new double[_m];
        _x2 = new double[_n];
        _y2 = new double[_p];
        _z2 = new double[_m];
        _dx = new double[_n];
        _dy = new double[_p];
        _dz = new double[_m];
        _ds = new double[_m];
        _negQ = new double[_n];
        _qPlus2PXi = new double[_n];
        _tn = new double[_n];
        _t1 = new double[_m];
        _t2 = new double[_m];
        _t3 = new double[_m];
        _dsTarget = new double[_m];
        for (int i = 0; i < _n; i++)
        {
            _negQ[i] = -form.Q[i];
        }
    }

    public static SolverResult Solve(ConvexProblem problem, SolverOptions options, long startTimestamp)
    {
        var form = new StandardForm(problem);
        var solver = new HomogeneousInteriorPoint(form, options);
        return solver.Run(startTimestamp);
    }

    private SolverResult Run(long startTimestamp)
    {
        Initialize();
        double[] dsAff = new double[_m];
        double[] dzAff = new double[_m];
        int stalls = 0;
        SolverStatus status = SolverStatus.IterationLimit;
        int iteration = 0;
        for (; iteration <= _o.MaxIterations; iteration++)
        {
            double mu = Residuals();
            SolverStatus? verdict = Assess();
            if (verdict is not null)
            {
                status = verdict.Value;
                break;
            }

            if (iteration == _o.MaxIterations)
            {
                break;
            }

            if (!_cone.Update(_s, _z))
            {
                status = SolverStatus.NumericalTrouble;
                break;
            }

            _kkt.Factor();
            PrepareConstantSolve();

            // Predictor (affine scaling): ds = λ∘λ, dκ = τκ, full residuals.
            _cone.Product(_cone.Lambda, _cone.Lambda, _dsTarget);
            Direction(1.0, _dsTarget, _tau * _kappa);
            double alphaAff = Math.Min(1.0, MaxStep());
            double sigma = Math.Pow(1 - alphaAff, 3);
            Array.Copy(_ds, dsAff, _m);
            Array.Copy(_dz, dzAff, _m);
            double dtauAff = _dtau;
            double dkappaAff = _dkappa;

            // Corrector: ds = λ∘λ + (W⁻¹Δsₐ)∘(WΔzₐ) − σμe, dκ = τκ + Δτₐ Δκₐ − σμ.
            _cone.ApplyWInverse(dsAff, _t1);
            _cone.ApplyW(dzAff, _t2);
            _cone.Product(_t1, _t2, _t3);
            _cone.Product(_cone.Lambda, _cone.Lambda, _dsTarget);
            for (int i = 0; i < _m; i++)
            {
                _dsTarget[i] += _t3[i];
            }

            _cone.AddIdentity(_dsTarget, -sigma * mu);
            Direction(1 - sigma, _dsTarget, (_tau * _kappa) + (dtauAff * dkappaAff) - (sigma * mu));
            double alpha = Math.Min(1.0, 0.99 * MaxStep());
            if (!double.IsFinite(alpha) || !double.IsFinite(_dtau))
            {
                status = SolverStatus.NumericalTrouble;
                break;
            }

            stalls = alpha < 1e-8 ? stalls + 1 : 0;
            if (stalls >= 5)
            {
                status = SolverStatus.NumericalTrouble;
                break;
            }

            Step(alpha);
        }

        return Assemble(status, Math.Min(iteration, _o.MaxIterations), startTimestamp);
    }

    private void Initialize()
    {
        _cone.SetIdentity();
        _kkt.Factor();
        _kkt.Solve(_negQ, _f.B, _f.H, _x, _y, _z);
        for (int i = 0; i < _m; i++)
        {
            _s[i] = -_z[i];
        }

        ShiftInterior(_s);
        ShiftInterior(_z);
        _tau = 1;
        _kappa = 1;
    }

    private void ShiftInterior(Span<double> v)
    {
        if (_m == 0)
        {
            return;
        }

        double shift = -_cone.MinEigenvalue(v);
        if (shift >= -1e-8 * Math.Max(1.0, DenseKernels.NormInf(v)))
        {
            _cone.AddIdentity(v, 1 + shift);
        }
    }

    /// <summary>Computes the embedding residuals and returns μ = (sᵀz + τκ)/(ν + 1).</summary>
    private double Residuals()
    {
        _f.MulP(_x, _px);
        for (int i = 0; i < _n; i++)
        {
            _rx[i] = _px[i] + (_f.Q[i] * _tau);
        }

        _f.MulATransposeAdd(_y, _rx);
        _f.MulGTransposeAdd(_z, _rx);
        _f.MulA(_x, _ry);
        for (int i = 0; i < _p; i++)
        {
            _ry[i] -= _f.B[i] * _tau;
        }

        _f.MulG(_x, _rz);
        for (int i = 0; i < _m; i++)
        {
            _rz[i] += _s[i] - (_f.H[i] * _tau);
        }

        return (DenseKernels.Dot(_s, _z) + (_tau * _kappa)) / (_cone.Degree + 1);
    }

    private double XPX => DenseKernels.Dot(_x, _px);

    private double RTau => _kappa + DenseKernels.Dot(_f.Q, _x) + DenseKernels.Dot(_f.B, _y) + DenseKernels.Dot(_f.H, _z) + (XPX / _tau);

    private void PrepareConstantSolve()
    {
        _kkt.Solve(_negQ, _f.B, _f.H, _x1, _y1, _z1);
        // Denominator of Δτ: −(κ/τ + ‖W z₁‖² + (x₁ − ξ)ᵀP(x₁ − ξ)), ξ = x/τ; always negative.
        _cone.ApplyW(_z1, _t1);
        double wz = DenseKernels.Dot(_t1, _t1);
        for (int i = 0; i < _n; i++)
        {
            _tn[i] = _x1[i] - (_x[i] / _tau);
        }

        _f.MulP(_tn, _qPlus2PXi);
        double quad = Math.Max(0, DenseKernels.Dot(_tn, _qPlus2PXi));
        _denominator = -((_kappa / _tau) + wz + quad);
        for (int i = 0; i < _n; i++)
        {
            _qPlus2PXi[i] = _f.Q[i] + (2 * _px[i] / _tau);
        }
    }

    /// <summary>Newton direction for residual weight <paramref name="weight"/> = 1 − σ and complementarity targets.</summary>
    private void Direction(double weight, double[] ds, double dkappaTarget)
    {
        // t1 = λ \ ds; t2 = W t1 (= Wᵀ(λ\ds)).
        _cone.DivideByLambda(ds, _t1);
        _cone.ApplyW(_t1, _t2);
        for (int i = 0; i < _n; i++)
        {
            _tn[i] = -weight * _rx[i];
        }

        for (int i = 0; i < _p; i++)
        {
            _dy[i] = -weight * _ry[i];
        }

        for (int i = 0; i < _m; i++)
        {
            _t3[i] = (-weight * _rz[i]) + _t2[i];
        }

        _kkt.Solve(_tn, _dy, _t3, _x2, _y2, _z2);
        double numerator = (-weight * RTau) + (dkappaTarget / _tau)
            - DenseKernels.Dot(_qPlus2PXi, _x2) - DenseKernels.Dot(_f.B, _y2) - DenseKernels.Dot(_f.H, _z2);
        _dtau = numerator / _denominator;
        for (int i = 0; i < _n; i++)
        {
            _dx[i] = _x2[i] + (_dtau * _x1[i]);
        }

        for (int i = 0; i < _p; i++)
        {
            _dy[i] = _y2[i] + (_dtau * _y1[i]);
        }

        for (int i = 0; i < _m; i++)
        {
            _dz[i] = _z2[i] + (_dtau * _z1[i]);
        }

        // Δs = −W(λ\ds + W Δz).
        _cone.ApplyW(_dz, _t2);
        for (int i = 0; i < _m; i++)
        {
            _t2[i] += _t1[i];
        }

        _cone.ApplyW(_t2, _ds);
        for (int i = 0; i < _m; i++)
        {
            _ds[i] = -_ds[i];
        }

        _dkappa = (-dkappaTarget - (_kappa * _dtau)) / _tau;
    }

    private double MaxStep()
    {
        double alpha = 1e6;
        alpha = _cone.MaxStep(_s, _ds, alpha);
        alpha = _cone.MaxStep(_z, _dz, alpha);
        if (_dtau < 0)
        {
            alpha = Math.Min(alpha, -_tau / _dtau);
        }

        if (_dkappa < 0)
        {
            alpha = Math.Min(alpha, -_kappa / _dkappa);
        }

        return alpha;
    }

    private void Step(double alpha)
    {
        DenseKernels.Axpy(alpha, _dx, _x);
        DenseKernels.Axpy(alpha, _dy, _y);
        DenseKernels.Axpy(alpha, _dz, _z);
        DenseKernels.Axpy(alpha, _ds, _s);
        _tau += alpha * _dtau;
        _kappa += alpha * _dkappa;
    }

    private static long Elapsed(long start) => Stopwatch.GetTimestamp() - start;
}
