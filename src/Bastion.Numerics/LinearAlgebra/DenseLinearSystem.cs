namespace Bastion.Numerics.LinearAlgebra;

/// <summary>Gaussian elimination with partial pivoting for small dense systems (KKT systems of the active-set solvers).</summary>
internal static class DenseLinearSystem
{
    /// <summary>Solves A x = b in place of copies; returns false if A is numerically singular.</summary>
    internal static bool TrySolve(double[,] a, double[] b, out double[] x)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        x = (double[])b.Clone();
        double scale = 0.0;
        foreach (double v in m)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int i = k + 1; i < n; i++)
            {
                if (Math.Abs(m[i, k]) > Math.Abs(m[pivot, k]))
                {
                    pivot = i;
                }
            }

            if (Math.Abs(m[pivot, k]) <= 1e-14 * scale)
            {
                return false;
            }

            if (pivot != k)
            {
                for (int j = 0; j < n; j++)
                {
                    (m[k, j], m[pivot, j]) = (m[pivot, j], m[k, j]);
                }

                (x[k], x[pivot]) = (x[pivot], x[k]);
            }

            for (int i = k + 1; i < n; i++)
            {
                double f = m[i, k] / m[k, k];
                if (f == 0.0)
                {
                    continue;
                }

                for (int j = k; j < n; j++)
                {
                    m[i, j] -= f * m[k, j];
                }

                x[i] -= f * x[k];
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = x[i];
            for (int j = i + 1; j < n; j++)
            {
                s -= m[i, j] * x[j];
            }

            x[i] = s / m[i, i];
        }

        return true;
    }
}
