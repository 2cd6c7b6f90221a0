namespace Bastion.Risk.Optimization;

/// <summary>Dense operations on the small (≤ 10×10) matrices of likelihood estimation. Candidates to move to Numerics.</summary>
internal static class SmallMatrix
{
    /// <summary>Inverse by Gauss–Jordan elimination with partial pivoting; false when singular (pivot below 1e-300 or relative 1e-14).</summary>
    public static bool TryInvert(double[,] a, out double[,] inverse)
    {
        int n = a.GetLength(0);
        var m = (double[,])a.Clone();
        inverse = new double[n, n];
        double scale = 0.0;
        for (int i = 0; i < n; i++)
        {
            inverse[i, i] = 1.0;
            for (int j = 0; j < n; j++)
            {
                scale = Math.Max(scale, Math.Abs(m[i, j]));
            }
        }

        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, c]) <= Math.Max(1e-300, 1e-14 * scale))
            {
                return false;
            }

            if (pivot != c)
            {
                for (int j = 0; j < n; j++)
                {
                    (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
                    (inverse[c, j], inverse[pivot, j]) = (inverse[pivot, j], inverse[c, j]);
                }
            }

            double d = m[c, c];
            for (int j = 0; j < n; j++)
            {
                m[c, j] /= d;
                inverse[c, j] /= d;
            }

            for (int r = 0; r < n; r++)
            {
                if (r == c || m[r, c] == 0.0)
                {
                    continue;
                }

                double f = m[r, c];
                for (int j = 0; j < n; j++)
                {
                    m[r, j] -= f * m[c, j];
                    inverse[r, j] -= f * inverse[c, j];
                }
            }
        }

        return true;
    }

    /// <summary>A · B.</summary>
    public static double[,] Multiply(double[,] a, double[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        var c = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                double s = 0.0;
                for (int l = 0; l < k; l++)
                {
                    s += a[i, l] * b[l, j];
                }

                c[i, j] = s;
            }
        }

        return c;
    }
}
