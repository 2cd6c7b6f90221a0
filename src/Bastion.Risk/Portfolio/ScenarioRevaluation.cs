using System.Numerics;
using System.Runtime.InteropServices;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// Full revaluation of a linear portfolio under return scenarios: P&amp;Lₛ = Σᵢ vᵢ rₛ,ᵢ, where vᵢ is the value of
/// position i (currency, negative for shorts) and rₛ,ᵢ the simple return of asset i in scenario s.
/// The scenario matrix is row-major: one row per scenario, one column per asset. SIMD (<see cref="Vector{T}"/>);
/// allocation-free. Thread-safe.
/// </summary>
public static class ScenarioRevaluation
{
    /// <summary>Writes the P&amp;L of every scenario into <paramref name="pnl"/> (length = scenario count).</summary>
    /// <exception cref="ArgumentException">The matrix length is not scenarios × positions, or <paramref name="pnl"/> is too short.</exception>
    public static void Revalue(ReadOnlySpan<double> scenarioReturns, ReadOnlySpan<double> positionValues, Span<double> pnl)
    {
        int assets = positionValues.Length;
        if (assets == 0 || scenarioReturns.Length % assets != 0)
        {
            throw new ArgumentException($"scenario matrix length {scenarioReturns.Length} is not a multiple of the {assets} positions", nameof(scenarioReturns));
        }

        int scenarios = scenarioReturns.Length / assets;
        if (pnl.Length < scenarios)
        {
            throw new ArgumentException($"pnl has {pnl.Length} slots for {scenarios} scenarios", nameof(pnl));
        }

        for (int s = 0; s < scenarios; s++)
        {
            pnl[s] = Dot(scenarioReturns.Slice(s * assets, assets), positionValues);
        }
    }

    /// <summary>The dot product of two equal-length spans, four SIMD accumulators.</summary>
    internal static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        int i = 0;
        double sum = 0.0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count * 4)
        {
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            ReadOnlySpan<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            Vector<double> a0 = Vector<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
            int k = 0;
            for (; k + 4 <= vx.Length; k += 4)
            {
                a0 += vx[k] * vy[k];
                a1 += vx[k + 1] * vy[k + 1];
                a2 += vx[k + 2] * vy[k + 2];
                a3 += vx[k + 3] * vy[k + 3];
            }

            for (; k < vx.Length; k++)
            {
                a0 += vx[k] * vy[k];
            }

            sum = Vector.Sum((a0 + a1) + (a2 + a3));
            i = vx.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
