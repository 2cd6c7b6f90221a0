using System.Numerics;
using System.Runtime.InteropServices;

namespace Bastion.Portfolio.Estimation;

/// <summary>Cross products of columns, G[i, j] = Σₜ aᵢ(t) aⱼ(t), symmetric, SIMD dot products over contiguous columns.</summary>
internal static class GramMatrix
{
    public static double[,] Compute(double[][] columns)
    {
        int n = columns.Length;
        var g = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double s = Dot(columns[i], columns[j]);
                g[i, j] = s;
                g[j, i] = s;
            }
        }

        return g;
    }

    /// <summary>C[i, j] = Σₜ aᵢ(t) bⱼ(t) for two sets of equally long columns (not symmetric in general).</summary>
    public static double[,] Cross(double[][] a, double[][] b)
    {
        var c = new double[a.Length, b.Length];
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < b.Length; j++)
            {
                c[i, j] = Dot(a[i], b[j]);
            }
        }

        return c;
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= 2 * Vector<double>.Count)
        {
            ReadOnlySpan<Vector<double>> va = MemoryMarshal.Cast<double, Vector<double>>(a);
            ReadOnlySpan<Vector<double>> vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
            Vector<double> acc0 = Vector<double>.Zero, acc1 = Vector<double>.Zero;
            int k = 0;
            for (; k + 1 < va.Length; k += 2)
            {
                acc0 += va[k] * vb[k];
                acc1 += va[k + 1] * vb[k + 1];
            }

            for (; k < va.Length; k++)
            {
                acc0 += va[k] * vb[k];
            }

            sum = Vector.Sum(acc0 + acc1);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
