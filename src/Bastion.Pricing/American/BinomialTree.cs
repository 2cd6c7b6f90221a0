using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Bastion.Pricing.American;

/// <summary>
/// A reusable binomial tree of a fixed step count for American or European vanilla options under BSM, matching
/// QuantLib's <c>BinomialVanillaEngine&lt;T&gt;</c> node for node (same lattice, same discounting per step, exercise
/// checked at every step including t = 0). It owns preallocated buffers: pricing allocates nothing, and one instance
/// must not be used by two threads at once.
/// </summary>
public sealed class BinomialTree
{
    private const double Bump = 1e-4;
    private readonly double[] _values;
    private readonly double[] _stepFactor;
    private readonly double[] _nodeFactor;

    /// <summary>Creates a tree with <paramref name="steps"/> time steps (≥ 2).</summary>
    /// <param name="kind">The parametrization.</param>
    /// <param name="steps">Number of time steps; Leisen–Reimer raises an even number to the next odd one.</param>
    public BinomialTree(BinomialTreeKind kind, int steps)
    {
        if (kind is not (BinomialTreeKind.CoxRossRubinstein or BinomialTreeKind.JarrowRudd or BinomialTreeKind.LeisenReimer))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown tree kind");
        }

        if (steps < 2 || steps > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be between 2 and 100000");
        }

        Kind = kind;
        Steps = kind == BinomialTreeKind.LeisenReimer && steps % 2 == 0 ? steps + 1 : steps;
        _values = new double[Steps + 1 + Vector256<double>.Count];
        _stepFactor = new double[Steps + 1];
        _nodeFactor = new double[Steps + 1 + Vector256<double>.Count];
    }

    /// <summary>The parametrization.</summary>
    public BinomialTreeKind Kind { get; }

    /// <summary>The number of time steps used.</summary>
    public int Steps { get; }

    /// <summary>Values the option: price, tree delta and gamma, theta; vega and rho by bumping when asked.</summary>
    /// <param name="type">Call or put.</param>
    /// <param name="exercise">American or European.</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="volatility">Volatility (&gt; 0).</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    /// <param name="bumpVegaAndRho">Also compute vega and rho by central differences (four more tree valuations).</param>
    public TreeValuation Value(
        OptionType type,
        ExerciseStyle exercise,
        double spot,
        double strike,
        double rate,
        double dividend,
        double volatility,
        double expiry,
        bool bumpVegaAndRho = false)
    {
        European.AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        Span<double> greeks = stackalloc double[3];
        double price = Roll(type, exercise, spot, strike, rate, dividend, volatility, expiry, greeks);
        double theta = (rate * price) - ((rate - dividend) * spot * greeks[0]) - (0.5 * volatility * volatility * spot * spot * greeks[1]);
        double vega = double.NaN;
        double rho = double.NaN;
        if (bumpVegaAndRho)
        {
            double vUp = Roll(type, exercise, spot, strike, rate, dividend, volatility + Bump, expiry, greeks);
            double vDown = Roll(type, exercise, spot, strike, rate, dividend, volatility - Bump, expiry, greeks);
            double rUp = Roll(type, exercise, spot, strike, rate + Bump, dividend, volatility, expiry, greeks);
            double rDown = Roll(type, exercise, spot, strike, rate - Bump, dividend, volatility, expiry, greeks);
            vega = (vUp - vDown) / (2 * Bump);
            rho = (rUp - rDown) / (2 * Bump);
            Roll(type, exercise, spot, strike, rate, dividend, volatility, expiry, greeks);
        }

        return new TreeValuation(price, greeks[0], greeks[1], theta, vega, rho, Steps);
    }

    /// <summary>Price only (no Greeks bookkeeping beyond the tree's own), for root finding and benchmarks.</summary>
    /// <inheritdoc cref="Value" path="/param[position() &lt; 9]"/>
    public double Price(OptionType type, ExerciseStyle exercise, double spot, double strike, double rate, double dividend, double volatility, double expiry)
    {
        European.AnalyticBlackScholes.Validate(type, spot, strike, rate, dividend, volatility, expiry);
        Span<double> greeks = stackalloc double[3];
        return Roll(type, exercise, spot, strike, rate, dividend, volatility, expiry, greeks);
    }

    private double Roll(
        OptionType type,
        ExerciseStyle exercise,
        double spot,
        double strike,
        double rate,
        double dividend,
        double volatility,
        double expiry,
        Span<double> greeks)
    {
        int n = Steps;
        double dt = expiry / n;
        double drift = (rate - dividend - (0.5 * volatility * volatility)) * dt;
        double pu;
        double[] a = _stepFactor;
        double[] b = _nodeFactor;

        // Node (i, j) sits at spot · a[i] · b[j]: the lattice of QuantLib's tree of the same kind.
        switch (Kind)
        {
            case BinomialTreeKind.CoxRossRubinstein:
            {
                double dx = volatility * Math.Sqrt(dt);
                pu = 0.5 + (0.5 * drift / dx);
                for (int i = 0; i <= n; i++)
                {
                    a[i] = Math.Exp(-i * dx);
                    b[i] = Math.Exp(2 * i * dx);
                }

                break;
            }

            case BinomialTreeKind.JarrowRudd:
            {
                double up = volatility * Math.Sqrt(dt);
                pu = 0.5;
                for (int i = 0; i <= n; i++)
                {
                    a[i] = Math.Exp(i * (drift - up));
                    b[i] = Math.Exp(2 * i * up);
                }

                break;
            }

            default:
            {
                double variance = volatility * volatility * expiry;
                double ermqdt = Math.Exp(drift + (0.5 * variance / n));
                double d2 = (Math.Log(spot / strike) + (drift * n)) / Math.Sqrt(variance);
                pu = PeizerPratt(d2, n);
                double pdash = PeizerPratt(d2 + Math.Sqrt(variance), n);
                double up = ermqdt * pdash / pu;
                double down = (ermqdt - (pu * up)) / (1.0 - pu);
                for (int i = 0; i <= n; i++)
                {
                    a[i] = Math.Pow(down, i);
                    b[i] = Math.Pow(up / down, i);
                }

                break;
            }
        }

        double pd = 1.0 - pu;
        double discount = Math.Exp(-rate * dt);
        double omega = type == OptionType.Call ? 1.0 : -1.0;
        bool american = exercise == ExerciseStyle.American;
        Span<double> v = _values;
        double sn = spot * a[n];
        for (int j = 0; j <= n; j++)
        {
            v[j] = Math.Max(omega * ((sn * b[j]) - strike), 0.0);
        }

        double p2d = 0, p2m = 0, p2u = 0, p1d = 0, p1u = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            StepBack(v, i + 1, pd, pu, discount, american, omega, spot * a[i], strike);
            if (i == 2)
            {
                p2d = v[0];
                p2m = v[1];
                p2u = v[2];
            }
            else if (i == 1)
            {
                p1d = v[0];
                p1u = v[1];
            }
        }

        double s1d = spot * a[1];
        double s1u = spot * a[1] * b[1];
        double s2d = spot * a[2];
        double s2m = spot * a[2] * b[1];
        double s2u = spot * a[2] * b[2];
        greeks[0] = (p1u - p1d) / (s1u - s1d);
        double delta2u = (p2u - p2m) / (s2u - s2m);
        double delta2d = (p2m - p2d) / (s2m - s2d);
        greeks[1] = (delta2u - delta2d) / ((s2u - s2d) / 2);
        return v[0];
    }

    /// <summary>Rolls values at step i+1 (<paramref name="count"/> + 1 nodes) back to step i, in place, 4 nodes at a time.</summary>
    private void StepBack(Span<double> v, int count, double pd, double pu, double discount, bool american, double omega, double si, double strike)
    {
        ReadOnlySpan<double> b = _nodeFactor;
        int j = 0;
        ref double values = ref MemoryMarshal.GetReference(v);
        ref double nodes = ref MemoryMarshal.GetReference(b);
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> vpd = Vector256.Create(pd);
            Vector256<double> vpu = Vector256.Create(pu);
            Vector256<double> vdisc = Vector256.Create(discount);
            Vector256<double> vsi = Vector256.Create(si * omega);
            Vector256<double> vk = Vector256.Create(strike * omega);
            for (; j <= count - 4; j += 4)
            {
                Vector256<double> down = Vector256.LoadUnsafe(ref values, (nuint)j);
                Vector256<double> up = Vector256.LoadUnsafe(ref values, (nuint)(j + 1));
                Vector256<double> continuation = ((vpd * down) + (vpu * up)) * vdisc;
                if (american)
                {
                    Vector256<double> intrinsic = (vsi * Vector256.LoadUnsafe(ref nodes, (nuint)j)) - vk;
                    continuation = Vector256.Max(continuation, intrinsic);
                }

                continuation.StoreUnsafe(ref values, (nuint)j);
            }
        }

        for (; j < count; j++)
        {
            double continuation = ((pd * v[j]) + (pu * v[j + 1])) * discount;
            v[j] = american ? Math.Max(continuation, omega * ((si * b[j]) - strike)) : continuation;
        }
    }

    /// <summary>Peizer–Pratt method-2 inversion, as in Leisen–Reimer (1996) and QuantLib.</summary>
    private static double PeizerPratt(double z, int n)
    {
        double result = z / (n + (1.0 / 3.0) + (0.1 / (n + 1.0)));
        result *= result;
        result = Math.Exp(-result * (n + (1.0 / 6.0)));
        return 0.5 + ((z > 0 ? 1 : -1) * Math.Sqrt(0.25 * (1.0 - result)));
    }
}
