using System.Numerics;
using System.Runtime.InteropServices;

namespace Bastion.Numerics.Optimization.Kernels;

/// <summary>SIMD dense kernels on contiguous spans (row-major matrices). Vector&lt;double&gt; with fused multiply–add.</summary>
internal static class DenseKernels
{
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            ReadOnlySpan<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y[..n]);
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            int k = 0;
            for (; k + 1 < vx.Length; k += 2)
            {
                acc0 = Vector.FusedMultiplyAdd(vx[k], vy[k], acc0);
                acc1 = Vector.FusedMultiplyAdd(vx[k + 1], vy[k + 1], acc1);
            }

            if (k < vx.Length)
            {
                acc0 = Vector.FusedMultiplyAdd(vx[k], vy[k], acc0);
                k++;
            }

            sum = Vector.Sum(acc0 + acc1);
            i = k * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>y += a·x.</summary>
    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        int i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            Span<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y[..n]);
            var va = new Vector<double>(a);
            for (int k = 0; k < vx.Length; k++)
            {
                vy[k] = Vector.FusedMultiplyAdd(va, vx[k], vy[k]);
            }

            i = vx.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>y = M x for a row-major rows × columns matrix.</summary>
    public static void MatVec(ReadOnlySpan<double> m, int rows, int columns, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < rows; i++)
        {
            y[i] = Dot(m.Slice(i * columns, columns), x);
        }
    }

    /// <summary>y += Mᵀ x for a row-major rows × columns matrix.</summary>
    public static void MatTransposeVecAdd(ReadOnlySpan<double> m, int rows, int columns, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < rows; i++)
        {
            if (x[i] != 0)
            {
                Axpy(x[i], m.Slice(i * columns, columns), y);
            }
        }
    }

    public static double NormInf(ReadOnlySpan<double> x)
    {
        double m = 0;
        foreach (double v in x)
        {
            m = Math.Max(m, Math.Abs(v));
        }

        return m;
    }
}
