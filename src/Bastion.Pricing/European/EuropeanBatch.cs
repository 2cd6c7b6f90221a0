using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Bastion.Pricing.Kernels;

namespace Bastion.Pricing.European;

/// <summary>
/// Black–Scholes–Merton price and Greeks over arrays (structure of arrays), four options per
/// <see cref="Vector256{T}"/> step with vectorized exp/log and the <see cref="FastNormal"/> Φ kernel.
/// Agrees with <see cref="BlackScholesMerton.Greeks"/> to about 1e-13 relative. Allocation-free; thread-safe as
/// long as callers do not share output spans. For Black-76 pass forward as spot and dividend = rate; for
/// Garman–Kohlhagen pass the foreign rate as dividend.
/// </summary>
public static class EuropeanBatch
{
    private const int Width = 4;

    /// <summary>Prices <c>types.Length</c> options. All input spans must have that length.</summary>
    /// <param name="types">Call or put per option.</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="volatility">Volatility (&gt; 0).</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    /// <param name="output">Output columns (empty spans are skipped).</param>
    /// <exception cref="ArgumentException">A span's length differs from <paramref name="types"/>.</exception>
    public static void Evaluate(
        ReadOnlySpan<OptionType> types,
        ReadOnlySpan<double> spot,
        ReadOnlySpan<double> strike,
        ReadOnlySpan<double> rate,
        ReadOnlySpan<double> dividend,
        ReadOnlySpan<double> volatility,
        ReadOnlySpan<double> expiry,
        EuropeanBatchOutput output)
    {
        int n = types.Length;
        Same(n, spot.Length, nameof(spot));
        Same(n, strike.Length, nameof(strike));
        Same(n, rate.Length, nameof(rate));
        Same(n, dividend.Length, nameof(dividend));
        Same(n, volatility.Length, nameof(volatility));
        Same(n, expiry.Length, nameof(expiry));
        Optional(n, output.Price.Length, "output.Price");
        Optional(n, output.Delta.Length, "output.Delta");
        Optional(n, output.Gamma.Length, "output.Gamma");
        Optional(n, output.VegaPerUnitVol.Length, "output.VegaPerUnitVol");
        Optional(n, output.ThetaPerYear.Length, "output.ThetaPerYear");
        Optional(n, output.RhoPerUnitRate.Length, "output.RhoPerUnitRate");
        Optional(n, output.DividendRhoPerUnitRate.Length, "output.DividendRhoPerUnitRate");

        int i = 0;
        for (; i <= n - Width; i += Width)
        {
            Vector256<double> omega = Vector256.Create(Sign(types[i]), Sign(types[i + 1]), Sign(types[i + 2]), Sign(types[i + 3]));
            Kernel(
                omega,
                Vector256.Create(spot[i..]),
                Vector256.Create(strike[i..]),
                Vector256.Create(rate[i..]),
                Vector256.Create(dividend[i..]),
                Vector256.Create(volatility[i..]),
                Vector256.Create(expiry[i..]),
                output,
                i);
        }

        if (i < n)
        {
            // The tail goes through the same kernel with padded lanes (a harmless at-the-money option).
            Span<double> pad = stackalloc double[7 * Width];
            pad.Fill(1.0);
            Span<double> sign = pad[..Width];
            for (int k = 0; i + k < n; k++)
            {
                sign[k] = Sign(types[i + k]);
                pad[Width + k] = spot[i + k];
                pad[(2 * Width) + k] = strike[i + k];
                pad[(3 * Width) + k] = rate[i + k];
                pad[(4 * Width) + k] = dividend[i + k];
                pad[(5 * Width) + k] = volatility[i + k];
                pad[(6 * Width) + k] = expiry[i + k];
            }

            Span<double> results = stackalloc double[7 * Width];
            var tail = new EuropeanBatchOutput(
                results[..Width], results[Width..(2 * Width)], results[(2 * Width)..(3 * Width)], results[(3 * Width)..(4 * Width)],
                results[(4 * Width)..(5 * Width)], results[(5 * Width)..(6 * Width)], results[(6 * Width)..]);
            Kernel(
                Vector256.Create(sign), Vector256.Create(pad[Width..]), Vector256.Create(pad[(2 * Width)..]), Vector256.Create(pad[(3 * Width)..]),
                Vector256.Create(pad[(4 * Width)..]), Vector256.Create(pad[(5 * Width)..]), Vector256.Create(pad[(6 * Width)..]), tail, 0);
            int count = n - i;
            CopyTail(tail.Price, output.Price, i, count);
            CopyTail(tail.Delta, output.Delta, i, count);
            CopyTail(tail.Gamma, output.Gamma, i, count);
            CopyTail(tail.VegaPerUnitVol, output.VegaPerUnitVol, i, count);
            CopyTail(tail.ThetaPerYear, output.ThetaPerYear, i, count);
            CopyTail(tail.RhoPerUnitRate, output.RhoPerUnitRate, i, count);
            CopyTail(tail.DividendRhoPerUnitRate, output.DividendRhoPerUnitRate, i, count);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel(
        Vector256<double> omega,
        Vector256<double> s,
        Vector256<double> k,
        Vector256<double> r,
        Vector256<double> q,
        Vector256<double> vol,
        Vector256<double> t,
        EuropeanBatchOutput output,
        int at)
    {
        Vector256<double> half = Vector256.Create(0.5);
        Vector256<double> sqrtT = Vector256.Sqrt(t);
        Vector256<double> sd = vol * sqrtT;
        Vector256<double> dr = Vector256.Exp(-(r * t));
        Vector256<double> dq = Vector256.Exp(-(q * t));
        Vector256<double> d1 = (Vector256.Log(s / k) + ((r - q) * t)) / sd + (half * sd);
        Vector256<double> d2 = d1 - sd;
        Vector256<double> g1 = Vector256.Exp(-(half * d1 * d1));
        Vector256<double> g2 = Vector256.Exp(-(half * d2 * d2));
        Vector256<double> n1 = FastNormal.Cdf(omega * d1, g1);
        Vector256<double> n2 = FastNormal.Cdf(omega * d2, g2);
        Vector256<double> pdf1 = g1 * Vector256.Create(FastNormal.InvSqrt2Pi);
        Vector256<double> sdq = s * dq;
        Vector256<double> spotTerm = sdq * n1;
        Vector256<double> strikeTerm = k * dr * n2;
        Vector256<double> vega = sdq * pdf1 * sqrtT;

        Store(omega * (spotTerm - strikeTerm), output.Price, at);
        Store(omega * dq * n1, output.Delta, at);
        Store(dq * pdf1 / (s * sd), output.Gamma, at);
        Store(vega, output.VegaPerUnitVol, at);
        Store((-(vega * vol) / (t + t)) + (omega * ((q * spotTerm) - (r * strikeTerm))), output.ThetaPerYear, at);
        Store(omega * t * strikeTerm, output.RhoPerUnitRate, at);
        Store(-(omega * t * spotTerm), output.DividendRhoPerUnitRate, at);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<double> value, Span<double> destination, int at)
    {
        if (destination.Length != 0)
        {
            value.StoreUnsafe(ref MemoryMarshal.GetReference(destination), (nuint)at);
        }
    }

    private static double Sign(OptionType type) => type == OptionType.Call ? 1.0 : -1.0;

    private static void CopyTail(Span<double> from, Span<double> to, int at, int count)
    {
        if (to.Length != 0)
        {
            from[..count].CopyTo(to.Slice(at, count));
        }
    }

    private static void Same(int expected, int actual, string name)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{name} has {actual} elements, expected {expected} (one per option type)", name);
        }
    }

    private static void Optional(int expected, int actual, string name)
    {
        if (actual != 0 && actual != expected)
        {
            throw new ArgumentException($"{name} has {actual} elements, expected {expected} or 0 to skip it", name);
        }
    }
}
