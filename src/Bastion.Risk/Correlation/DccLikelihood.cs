namespace Bastion.Risk.Correlation;

/// <summary>
/// The DCC(1,1) correlation recursion and the correlation part of the Gaussian quasi-log-likelihood (Engle 2002, eq. 26):
/// Q₁ = Q̄, Qₜ₊₁ = (1 − a − b) Q̄ + a εₜεₜᵀ + b Qₜ, Rₜ = diag(Qₜ)^−½ Qₜ diag(Qₜ)^−½ and
/// L_C = −½ Σₜ (ln|Rₜ| + εₜᵀRₜ⁻¹εₜ − εₜᵀεₜ). One instance owns its work buffers: not thread-safe.
/// </summary>
internal sealed class DccLikelihood
{
    private readonly double[,] _residuals;
    private readonly double[,] _target;
    private readonly double[,] _q;
    private readonly double[,] _factor;
    private readonly double[] _z;

    public DccLikelihood(double[,] residuals, double[,] target)
    {
        _residuals = residuals;
        _target = target;
        int n = target.GetLength(0);
        _q = new double[n, n];
        _factor = new double[n, n];
        _z = new double[n];
    }

    public int Observations => _residuals.GetLength(0);

    public int Assets => _residuals.GetLength(1);

    /// <summary>Whether (a, b) is admissible: a ≥ 0, b ≥ 0, a + b &lt; 1.</summary>
    public static bool Admissible(double a, double b) => a >= 0.0 && b >= 0.0 && a + b < 1.0 && double.IsFinite(a + b);

    /// <summary>L_C at (a, b); NaN when (a, b) is not admissible or some Rₜ is not positive definite.</summary>
    public double Evaluate(double a, double b)
    {
        if (!Admissible(a, b))
        {
            return double.NaN;
        }

        int n = Assets;
        Copy(_target, _q);
        double sum = 0.0;
        for (int t = 0; t < Observations; t++)
        {
            // Rₜ into the lower triangle of the work matrix, then Cholesky in place: ln|R| = 2 Σ ln Lᵢᵢ, εᵀR⁻¹ε = |L⁻¹ε|².
            for (int i = 0; i < n; i++)
            {
                double si = Math.Sqrt(_q[i, i]);
                for (int j = 0; j < i; j++)
                {
                    _factor[i, j] = _q[i, j] / (si * Math.Sqrt(_q[j, j]));
                }

                _factor[i, i] = 1.0;
            }

            if (!CholeskyInPlace(_factor, n))
            {
                return double.NaN;
            }

            double logDet = 0.0, quad = 0.0, ee = 0.0;
            for (int i = 0; i < n; i++)
            {
                double e = _residuals[t, i];
                double acc = e;
                for (int k = 0; k < i; k++)
                {
                    acc -= _factor[i, k] * _z[k];
                }

                _z[i] = acc / _factor[i, i];
                quad += _z[i] * _z[i];
                logDet += Math.Log(_factor[i, i]);
                ee += e * e;
            }

            sum += (2.0 * logDet) + quad - ee;
            Advance(_q, _target, _residuals, t, a, b);
        }

        return -0.5 * sum;
    }

    /// <summary>Q ← (1 − a − b) Q̄ + a εₜεₜᵀ + b Q (full matrix).</summary>
    internal static void Advance(double[,] q, double[,] target, double[,] residuals, int t, double a, double b)
    {
        int n = q.GetLength(0);
        double c = 1.0 - a - b;
        for (int i = 0; i < n; i++)
        {
            double ai = a * residuals[t, i];
            for (int j = 0; j <= i; j++)
            {
                double v = (c * target[i, j]) + (ai * residuals[t, j]) + (b * q[i, j]);
                q[i, j] = v;
                q[j, i] = v;
            }
        }
    }

    internal static void Copy(double[,] from, double[,] to) => Array.Copy(from, to, from.Length);

    /// <summary>
    /// Lower Cholesky factor of the symmetric matrix in <paramref name="m"/>'s lower triangle, in place; false if not positive definite.
    /// In place and allocation-free (Numerics' Cholesky allocates a factor per call; this runs T times per evaluation).
    /// </summary>
    private static bool CholeskyInPlace(double[,] m, int n)
    {
        for (int j = 0; j < n; j++)
        {
            double d = m[j, j];
            for (int k = 0; k < j; k++)
            {
                d -= m[j, k] * m[j, k];
            }

            if (!(d > 0.0))
            {
                return false;
            }

            double l = Math.Sqrt(d);
            m[j, j] = l;
            for (int i = j + 1; i < n; i++)
            {
                double s = m[i, j];
                for (int k = 0; k < j; k++)
                {
                    s -= m[i, k] * m[j, k];
                }

                m[i, j] = s / l;
            }
        }

        return true;
    }
}
