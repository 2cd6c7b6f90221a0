namespace Bastion.Numerics.LinearAlgebra;

/// <summary>
/// Householder QR of a tall matrix (m ≥ n) for least squares: solves min ‖A x − b‖ without forming AᵀA, and gives
/// (AᵀA)⁻¹ = R⁻¹R⁻ᵀ for coefficient covariances.
/// </summary>
internal sealed class HouseholderQr
{
    private readonly double[,] _qr;
    private readonly double[] _rDiagonal;

    internal HouseholderQr(double[,] a)
    {
        int m = a.GetLength(0);
        int n = a.GetLength(1);
        _qr = (double[,])a.Clone();
        _rDiagonal = new double[n];
        for (int k = 0; k < n; k++)
        {
            double norm = 0.0;
            for (int i = k; i < m; i++)
            {
                norm = Hypot(norm, _qr[i, k]);
            }

            if (norm != 0.0)
            {
                if (_qr[k, k] < 0)
                {
                    norm = -norm;
                }

                for (int i = k; i < m; i++)
                {
                    _qr[i, k] /= norm;
                }

                _qr[k, k] += 1.0;
                for (int j = k + 1; j < n; j++)
                {
                    double s = 0.0;
                    for (int i = k; i < m; i++)
                    {
                        s += _qr[i, k] * _qr[i, j];
                    }

                    s = -s / _qr[k, k];
                    for (int i = k; i < m; i++)
                    {
                        _qr[i, j] += s * _qr[i, k];
                    }
                }
            }

            _rDiagonal[k] = -norm;
        }
    }

    /// <summary>True if every |R_kk| exceeds a relative tolerance (columns linearly independent).</summary>
    internal bool IsFullRank
    {
        get
        {
            double max = _rDiagonal.Max(Math.Abs);
            return _rDiagonal.All(d => Math.Abs(d) > 1e-12 * max * Math.Sqrt(_qr.GetLength(0)));
        }
    }

    /// <summary>Least-squares solution of A x ≈ b.</summary>
    internal double[] Solve(ReadOnlySpan<double> b)
    {
        int m = _qr.GetLength(0);
        int n = _qr.GetLength(1);
        double[] y = b.ToArray();
        for (int k = 0; k < n; k++)
        {
            double s = 0.0;
            for (int i = k; i < m; i++)
            {
                s += _qr[i, k] * y[i];
            }

            s = -s / _qr[k, k];
            for (int i = k; i < m; i++)
            {
                y[i] += s * _qr[i, k];
            }
        }

        var x = new double[n];
        for (int k = n - 1; k >= 0; k--)
        {
            double s = y[k];
            for (int j = k + 1; j < n; j++)
            {
                s -= _qr[k, j] * x[j];
            }

            x[k] = s / _rDiagonal[k];
        }

        return x;
    }

    /// <summary>(AᵀA)⁻¹ = R⁻¹ R⁻ᵀ.</summary>
    internal double[,] InverseGram()
    {
        int n = _qr.GetLength(1);
        var rInv = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            rInv[j, j] = 1.0 / _rDiagonal[j];
            for (int i = j - 1; i >= 0; i--)
            {
                double s = 0.0;
                for (int k = i + 1; k <= j; k++)
                {
                    s += _qr[i, k] * rInv[k, j];
                }

                rInv[i, j] = -s / _rDiagonal[i];
            }
        }

        var g = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double s = 0.0;
                for (int k = Math.Max(i, j); k < n; k++)
                {
                    s += rInv[i, k] * rInv[j, k];
                }

                g[i, j] = s;
            }
        }

        return g;
    }

    private static double Hypot(double a, double b)
    {
        double x = Math.Abs(a);
        double y = Math.Abs(b);
        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (x == 0.0)
        {
            return 0.0;
        }

        double r = y / x;
        return x * Math.Sqrt(1.0 + (r * r));
    }
}
