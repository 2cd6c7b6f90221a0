using Bastion.Pricing.Kernels;

namespace Bastion.Pricing.Volatility;

/// <summary>
/// Inverts the normalized Black call price B(x, s) = e^{x/2}Φ(x/s + s/2) − e^{−x/2}Φ(x/s − s/2) for x = ln(F/K) ≤ 0
/// (every option is reduced to an out-of-the-money call by put–call parity and the symmetry B(x) = B(−x) for the
/// other type), s = σ√T. Two regions split at the inflection point s_c = √(2|x|) (Jäckel, "Let's be rational", 2015):
/// below it Halley's method on ln B − ln β, whose curvature is mild where B is exponentially small; above it Halley on
/// B − β. Both keep a bracket and bisect when a step leaves it. Starting guesses: below, the larger of the small-s
/// asymptote ln B ≈ −x²/(2s²) and the near-the-money line B ≈ s/√(2π) + x/2; above, the large-s tail
/// bmax − B ≈ (e^{x/2} + e^{−x/2})Φ(−s/2).
/// </summary>
internal static class NormalizedBlack
{
    private const int MaxIterations = 100;
    // Halley converges cubically: after a step of 1e-7·s the remaining error is of order (1e-7)³ relative, far below
    // the noise of B itself, so that step is the last one (saves an evaluation; the round-trip tests hold it to 1e-10).
    private const double RelativeStep = 1e-7;

    /// <summary>Solves B(x, s) = beta for s, given x ≤ 0 and 0 &lt; beta &lt; e^{x/2}. Returns false when it does not converge.</summary>
    public static bool TrySolve(double x, double beta, out double s, out int iterations) => TrySolve(x, beta, Math.Exp(0.5 * x), out s, out iterations);

    /// <summary>As <see cref="TrySolve(double, double, out double, out int)"/>, given e^{x/2}.</summary>
    public static bool TrySolve(double x, double beta, double ex2, out double s, out int iterations)
    {
        double logBeta = double.NaN;
        double sc = Math.Sqrt(-2.0 * x);
        bool lower;
        double lo = 0.0;
        double hi = double.PositiveInfinity;
        if (sc > 0.0)
        {
            double bc = Value(x, sc, ex2, out _);
            lower = beta < bc;
            // The bracket starts open (B(0) = 0 < β): only evaluated points narrow it, so a root sitting on s_c
            // (to the last bit) is reached by Halley steps rather than by bisecting towards a fixed end.
            if (lower)
            {
                // Two one-sided guesses: the small-s asymptote (s ≪ |x|) and the near-the-money line B ≈ s/√(2π) + x/2
                // (|x| ≪ s); each underestimates where the other applies, so take the larger.
                logBeta = Math.Log(beta);
                double asymptote = -x / Math.Sqrt(-2.0 * logBeta);
                double nearMoney = 2.5066282746310002 * (beta - (0.5 * x));
                s = Math.Min(Math.Max(asymptote, nearMoney), 0.95 * sc);
            }
            else
            {
                s = Math.Max(TailGuess(x, beta, ex2), sc);
            }
        }
        else
        {
            // At the money: B = 2Φ(s/2) − 1; the upper-region iteration from the tail guess, or B ≈ s/√(2π) when tiny.
            lower = false;
            s = beta < 1e-8 ? beta * 2.5066282746310002 : TailGuess(x, beta, ex2);
        }

        for (iterations = 1; iterations <= MaxIterations; iterations++)
        {
            double b = Value(x, s, ex2, out double vega);
            if (b < beta)
            {
                lo = s;
            }
            else
            {
                hi = s;
            }

            double h = x / s;
            double curvature = (h * h / s) - (0.25 * s); // B''/B'
            double newton;
            double gamma;
            if (lower)
            {
                if (!(b > 0.0))
                {
                    s = Next(s, double.NaN, lo, hi);
                    continue;
                }

                newton = -(Math.Log(b) - logBeta) * b / vega;
                gamma = curvature - (vega / b);
            }
            else
            {
                newton = -(b - beta) / vega;
                gamma = curvature;
            }

            double denominator = 1.0 + (0.5 * newton * gamma);
            double step = denominator > 0.0 && double.IsFinite(newton) ? newton / denominator : double.NaN;
            if (b == beta || Math.Abs(step) <= RelativeStep * s)
            {
                // Converged: take the last (tiny) step without the bracket test, which a step of zero would fail.
                s = b == beta ? s : s + step;
                return true;
            }

            s = Next(s, step, lo, hi);
        }

        return false;
    }

    /// <summary>B(x, s) and its derivative ∂B/∂s = e^{x/2}φ(x/s + s/2).</summary>
    internal static double Value(double x, double s, double ex2, out double vega)
    {
        double d1 = (x / s) + (0.5 * s);
        double d2 = d1 - s;
        double g1 = Math.Exp(-0.5 * d1 * d1);
        double g2 = Math.Exp(-0.5 * d2 * d2);
        vega = ex2 * g1 * FastNormal.InvSqrt2Pi;
        return (ex2 * FastNormal.Cdf(d1, g1)) - (FastNormal.Cdf(d2, g2) / ex2);
    }

    private static double Next(double s, double step, double lo, double hi)
    {
        double next = s + step;
        if (double.IsFinite(next) && next > lo && next < hi)
        {
            return next;
        }

        return double.IsPositiveInfinity(hi) ? Math.Max(2.0 * s, 2.0 * lo) : 0.5 * (lo + hi);
    }

    private static double TailGuess(double x, double beta, double ex2)
    {
        double p = (ex2 - beta) / (ex2 + (1.0 / ex2));
        return p <= 0.0 || p >= 0.5 ? 1.0 : 2.0 * UpperTailQuantile(p);
    }

    /// <summary>
    /// −Φ⁻¹(p) for 0 &lt; p &lt; ½ to about 4.5e-4 (Abramowitz &amp; Stegun 26.2.23): only a starting guess, so the cheap
    /// rational form is enough and saves the cost of a full-precision quantile per inversion.
    /// </summary>
    private static double UpperTailQuantile(double p)
    {
        double t = Math.Sqrt(-2.0 * Math.Log(p));
        return t - ((2.515517 + (t * (0.802853 + (t * 0.010328)))) / (1.0 + (t * (1.432788 + (t * (0.189269 + (t * 0.001308)))))));
    }
}
