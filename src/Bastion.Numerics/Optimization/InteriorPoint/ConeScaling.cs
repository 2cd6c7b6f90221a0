using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.InteriorPoint;

/// <summary>
/// The product cone K = ℝ₊ˡ × Q^{q₁} × … and its Nesterov–Todd scaling W (symmetric, W z = W⁻¹ s = λ).
/// Nonnegative part: W = diag(√(s/z)). Second-order cone block: W = β(2vvᵀ − J), J = diag(1, −1, …, −1), as in
/// cvxopt's coneprog (Vandenberghe, "The CVXOPT linear and quadratic cone program solvers", 2010, §4).
/// </summary>
internal sealed class ConeScaling
{
    private readonly int _linear;
    private readonly int[] _socStart;
    private readonly int[] _socSize;
    private readonly double[] _w;
    private readonly double[] _beta;
    private readonly double[] _v;
    private readonly double[] _lambdaDet;

    public ConeScaling(int linear, IReadOnlyList<int> socSizes)
    {
        _linear = linear;
        _socSize = [.. socSizes];
        _socStart = new int[_socSize.Length];
        int offset = linear;
        for (int k = 0; k < _socSize.Length; k++)
        {
            _socStart[k] = offset;
            offset += _socSize[k];
        }

        Dimension = offset;
        _w = new double[linear];
        _beta = new double[_socSize.Length];
        _v = new double[offset - linear];
        _lambdaDet = new double[_socSize.Length];
        Lambda = new double[offset];
        SetIdentity();
    }

    public int Dimension { get; }

    public int Linear => _linear;

    /// <summary>Degree ν of the cone: l + number of second-order cones.</summary>
    public int Degree => _linear + _socSize.Length;

    public int SocCount => _socSize.Length;

    public double[] Lambda { get; }

    /// <summary>W's diagonal entry for linear slack i.</summary>
    public double LinearScale(int i) => _w[i];

    public int SocStart(int k) => _socStart[k];

    public int SocSize(int k) => _socSize[k];

    public void SetIdentity()
    {
        Array.Fill(_w, 1.0);
        Array.Fill(_beta, 1.0);
        Array.Clear(_v);
        for (int k = 0; k < _socSize.Length; k++)
        {
            _v[_socStart[k] - _linear] = 1.0;
        }
    }

    /// <summary>Computes W and λ = W z for interior s, z; false if either is not strictly inside the cone.</summary>
    public bool Update(ReadOnlySpan<double> s, ReadOnlySpan<double> z)
    {
        for (int i = 0; i < _linear; i++)
        {
            if (!(s[i] > 0) || !(z[i] > 0))
            {
                return false;
            }

            _w[i] = Math.Sqrt(s[i] / z[i]);
            Lambda[i] = Math.Sqrt(s[i] * z[i]);
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            ReadOnlySpan<double> sk = s.Slice(o, q);
            ReadOnlySpan<double> zk = z.Slice(o, q);
            double aa = JNorm(sk);
            double bb = JNorm(zk);
            if (!(aa > 0) || !(bb > 0) || sk[0] <= 0 || zk[0] <= 0)
            {
                return false;
            }

            _beta[k] = Math.Sqrt(aa / bb);
            double cc = Math.Sqrt(((DenseKernels.Dot(sk, zk) / aa / bb) + 1.0) / 2.0);
            Span<double> v = _v.AsSpan(o - _linear, q);
            v[0] = ((sk[0] / aa) + (zk[0] / bb)) / (2.0 * cc);
            for (int i = 1; i < q; i++)
            {
                v[i] = ((sk[i] / aa) - (zk[i] / bb)) / (2.0 * cc);
            }

            v[0] += 1.0;
            double scale = 1.0 / Math.Sqrt(2.0 * v[0]);
            for (int i = 0; i < q; i++)
            {
                v[i] *= scale;
            }

            // λ = W z in closed form (cvxopt misc.compute_scaling): more accurate than applying W near the boundary,
            // and det(λ) = aa·bb exactly.
            double dd = (2 * cc) + (sk[0] / aa) + (zk[0] / bb);
            double cs = (cc + (zk[0] / bb)) / dd / aa;
            double cz = (cc + (sk[0] / aa)) / dd / bb;
            double root = Math.Sqrt(aa * bb);
            Lambda[o] = cc * root;
            for (int i = 1; i < q; i++)
            {
                Lambda[o + i] = ((cs * sk[i]) + (cz * zk[i])) * root;
            }

            _lambdaDet[k] = aa * bb;
        }

        return true;
    }

    /// <summary>y = W x (x and y may not alias).</summary>
    public void ApplyW(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < _linear; i++)
        {
            y[i] = _w[i] * x[i];
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            ReadOnlySpan<double> v = _v.AsSpan(o - _linear, q);
            ReadOnlySpan<double> xk = x.Slice(o, q);
            Span<double> yk = y.Slice(o, q);
            double vx = DenseKernels.Dot(v, xk);
            double beta = _beta[k];
            yk[0] = beta * ((2 * v[0] * vx) - xk[0]);
            for (int i = 1; i < q; i++)
            {
                yk[i] = beta * ((2 * v[i] * vx) + xk[i]);
            }
        }
    }

    /// <summary>y = W⁻¹ x (x and y may not alias).</summary>
    public void ApplyWInverse(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < _linear; i++)
        {
            y[i] = x[i] / _w[i];
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            ReadOnlySpan<double> v = _v.AsSpan(o - _linear, q);
            ReadOnlySpan<double> xk = x.Slice(o, q);
            Span<double> yk = y.Slice(o, q);
            // W⁻¹ = (2 Jv (Jv)ᵀ − J)/β.
            double jvx = v[0] * xk[0];
            for (int i = 1; i < q; i++)
            {
                jvx -= v[i] * xk[i];
            }

            double inv = 1.0 / _beta[k];
            yk[0] = inv * ((2 * v[0] * jvx) - xk[0]);
            for (int i = 1; i < q; i++)
            {
                yk[i] = inv * ((-2 * v[i] * jvx) + xk[i]);
            }
        }
    }

    /// <summary>Jordan product r = u ∘ w.</summary>
    public void Product(ReadOnlySpan<double> u, ReadOnlySpan<double> w, Span<double> r)
    {
        for (int i = 0; i < _linear; i++)
        {
            r[i] = u[i] * w[i];
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            double u0 = u[o];
            double w0 = w[o];
            r[o] = DenseKernels.Dot(u.Slice(o, q), w.Slice(o, q));
            for (int i = 1; i < q; i++)
            {
                r[o + i] = (u0 * w[o + i]) + (w0 * u[o + i]);
            }
        }
    }

    /// <summary>Solves u ∘ r = w for r (inverse Jordan product), u strictly inside the cone.</summary>
    public void Divide(ReadOnlySpan<double> u, ReadOnlySpan<double> w, Span<double> r)
    {
        for (int i = 0; i < _linear; i++)
        {
            r[i] = w[i] / u[i];
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            double u0 = u[o];
            double w0 = w[o];
            double u1w1 = DenseKernels.Dot(u.Slice(o + 1, q - 1), w.Slice(o + 1, q - 1));
            double u1u1 = DenseKernels.Dot(u.Slice(o + 1, q - 1), u.Slice(o + 1, q - 1));
            double r0 = ((u0 * w0) - u1w1) / ((u0 * u0) - u1u1);
            r[o] = r0;
            for (int i = 1; i < q; i++)
            {
                r[o + i] = (w[o + i] - (r0 * u[o + i])) / u0;
            }
        }
    }

    /// <summary>Solves λ ∘ r = w for r, using the exactly known det(λ) for the cone blocks.</summary>
    public void DivideByLambda(ReadOnlySpan<double> w, Span<double> r)
    {
        double[] u = Lambda;
        for (int i = 0; i < _linear; i++)
        {
            r[i] = w[i] / u[i];
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            double u0 = u[o];
            double u1w1 = DenseKernels.Dot(u.AsSpan(o + 1, q - 1), w.Slice(o + 1, q - 1));
            double r0 = ((u0 * w[o]) - u1w1) / _lambdaDet[k];
            r[o] = r0;
            for (int i = 1; i < q; i++)
            {
                r[o + i] = (w[o + i] - (r0 * u[o + i])) / u0;
            }
        }
    }

    /// <summary>Adds a·e (the cone's identity element) to x.</summary>
    public void AddIdentity(Span<double> x, double a)
    {
        for (int i = 0; i < _linear; i++)
        {
            x[i] += a;
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            x[_socStart[k]] += a;
        }
    }

    /// <summary>Smallest "eigenvalue" of x: min of xᵢ (linear) and x₀ − ‖x₁‖ (cones).</summary>
    public double MinEigenvalue(ReadOnlySpan<double> x)
    {
        double m = double.PositiveInfinity;
        for (int i = 0; i < _linear; i++)
        {
            m = Math.Min(m, x[i]);
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            ReadOnlySpan<double> x1 = x.Slice(o + 1, q - 1);
            m = Math.Min(m, x[o] - Math.Sqrt(DenseKernels.Dot(x1, x1)));
        }

        return m;
    }

    /// <summary>Largest α ≤ <paramref name="limit"/> with x + α d in the cone (x interior).</summary>
    public double MaxStep(ReadOnlySpan<double> x, ReadOnlySpan<double> d, double limit)
    {
        double alpha = limit;
        for (int i = 0; i < _linear; i++)
        {
            if (d[i] < 0)
            {
                alpha = Math.Min(alpha, -x[i] / d[i]);
            }
        }

        for (int k = 0; k < _socSize.Length; k++)
        {
            int o = _socStart[k];
            int q = _socSize[k];
            alpha = Math.Min(alpha, SocStep(x.Slice(o, q), d.Slice(o, q), limit));
        }

        return alpha;
    }

    private static double SocStep(ReadOnlySpan<double> x, ReadOnlySpan<double> d, double limit)
    {
        // Smallest positive root of (x₀ + αd₀)² − ‖x₁ + αd₁‖² = 0, also keeping x₀ + αd₀ ≥ 0.
        double a = (d[0] * d[0]) - DenseKernels.Dot(d[1..], d[1..]);
        double b = 2 * ((x[0] * d[0]) - DenseKernels.Dot(x[1..], d[1..]));
        double c = Math.Max(0, (x[0] * x[0]) - DenseKernels.Dot(x[1..], x[1..]));
        double alpha = limit;
        if (d[0] < 0)
        {
            alpha = Math.Min(alpha, -x[0] / d[0]);
        }

        double disc = (b * b) - (4 * a * c);
        if (a == 0)
        {
            if (b < 0)
            {
                alpha = Math.Min(alpha, -c / b);
            }

            return alpha;
        }

        if (disc < 0)
        {
            return alpha;
        }

        double t = -0.5 * (b + (Math.Sign(b == 0 ? 1.0 : b) * Math.Sqrt(disc)));
        double r1 = t / a;
        double r2 = t != 0 ? c / t : double.PositiveInfinity;
        if (r1 >= 0)
        {
            alpha = Math.Min(alpha, r1);
        }

        if (r2 >= 0)
        {
            alpha = Math.Min(alpha, r2);
        }

        return alpha;
    }

    private static double JNorm(ReadOnlySpan<double> x)
    {
        double r = (x[0] * x[0]) - DenseKernels.Dot(x[1..], x[1..]);
        return r > 0 ? Math.Sqrt(r) : 0;
    }
}
