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
        int blocked = n - (n % 4);
        for (int i = 0; i < blocked; i += 4)
        {
            for (int j = i; j < blocked; j += 4)
            {
                Block4x4(columns, i, j, g);
            }

            for (int ii = i; ii < i + 4; ii++)
            {
                for (int j = blocked; j < n; j++)
                {
                    g[ii, j] = g[j, ii] = Dot(columns[ii], columns[j]);
                }
            }
        }

        for (int i = blocked; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                g[i, j] = g[j, i] = Dot(columns[i], columns[j]);
            }
        }

        return g;
    }

    /// <summary>
    /// Sixteen dot products at once: columns i..i+3 against j..j+3, each pair of loaded vectors reused four times,
    /// so the loop is bound by FMA throughput rather than loads. Fills both triangles.
    /// </summary>
    private static void Block4x4(double[][] c, int i, int j, double[,] g)
    {
        ReadOnlySpan<Vector<double>> a0 = MemoryMarshal.Cast<double, Vector<double>>(c[i]), a1 = MemoryMarshal.Cast<double, Vector<double>>(c[i + 1]);
        ReadOnlySpan<Vector<double>> a2 = MemoryMarshal.Cast<double, Vector<double>>(c[i + 2]), a3 = MemoryMarshal.Cast<double, Vector<double>>(c[i + 3]);
        ReadOnlySpan<Vector<double>> b0 = MemoryMarshal.Cast<double, Vector<double>>(c[j]), b1 = MemoryMarshal.Cast<double, Vector<double>>(c[j + 1]);
        ReadOnlySpan<Vector<double>> b2 = MemoryMarshal.Cast<double, Vector<double>>(c[j + 2]), b3 = MemoryMarshal.Cast<double, Vector<double>>(c[j + 3]);
        Vector<double> s00 = default, s01 = default, s02 = default, s03 = default;
        Vector<double> s10 = default, s11 = default, s12 = default, s13 = default;
        Vector<double> s20 = default, s21 = default, s22 = default, s23 = default;
        Vector<double> s30 = default, s31 = default, s32 = default, s33 = default;
        for (int k = 0; k < a0.Length; k++)
        {
            Vector<double> x0 = a0[k], x1 = a1[k], x2 = a2[k], x3 = a3[k];
            Vector<double> y0 = b0[k], y1 = b1[k], y2 = b2[k], y3 = b3[k];
            s00 = Vector.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector.FusedMultiplyAdd(x0, y1, s01);
            s02 = Vector.FusedMultiplyAdd(x0, y2, s02);
            s03 = Vector.FusedMultiplyAdd(x0, y3, s03);
            s10 = Vector.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector.FusedMultiplyAdd(x1, y1, s11);
            s12 = Vector.FusedMultiplyAdd(x1, y2, s12);
            s13 = Vector.FusedMultiplyAdd(x1, y3, s13);
            s20 = Vector.FusedMultiplyAdd(x2, y0, s20);
            s21 = Vector.FusedMultiplyAdd(x2, y1, s21);
            s22 = Vector.FusedMultiplyAdd(x2, y2, s22);
            s23 = Vector.FusedMultiplyAdd(x2, y3, s23);
            s30 = Vector.FusedMultiplyAdd(x3, y0, s30);
            s31 = Vector.FusedMultiplyAdd(x3, y1, s31);
            s32 = Vector.FusedMultiplyAdd(x3, y2, s32);
            s33 = Vector.FusedMultiplyAdd(x3, y3, s33);
        }

        Span<double> tail = stackalloc double[16];
        int start = a0.Length * Vector<double>.Count, len = c[i].Length;
        for (int t = start; t < len; t++)
        {
            for (int p = 0; p < 4; p++)
            {
                for (int q = 0; q < 4; q++)
                {
                    tail[(p * 4) + q] += c[i + p][t] * c[j + q][t];
                }
            }
        }

        Store(g, i, j, tail, s00, s01, s02, s03, 0);
        Store(g, i, j, tail, s10, s11, s12, s13, 1);
        Store(g, i, j, tail, s20, s21, s22, s23, 2);
        Store(g, i, j, tail, s30, s31, s32, s33, 3);
    }

    private static void Store(double[,] g, int i, int j, ReadOnlySpan<double> tail, Vector<double> q0, Vector<double> q1, Vector<double> q2, Vector<double> q3, int p)
    {
        g[i + p, j] = g[j, i + p] = Vector.Sum(q0) + tail[p * 4];
        g[i + p, j + 1] = g[j + 1, i + p] = Vector.Sum(q1) + tail[(p * 4) + 1];
        g[i + p, j + 2] = g[j + 2, i + p] = Vector.Sum(q2) + tail[(p * 4) + 2];
        g[i + p, j + 3] = g[j + 3, i + p] = Vector.Sum(q3) + tail[(p * 4) + 3];
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
