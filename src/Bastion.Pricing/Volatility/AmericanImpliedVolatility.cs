using System.Globalization;
using Bastion.Pricing.American;

namespace Bastion.Pricing.Volatility;

/// <summary>
/// Implied volatility of an American option priced by a binomial tree: Brent's bracketed root finding on σ in
/// [0.0001, 5] (tolerance 1e-10 in σ) over the tree price. Uses the caller's <see cref="BinomialTree"/> (not
/// thread-safe, allocation-free).
/// </summary>
public static class AmericanImpliedVolatility
{
    private const double MinVolatility = 1e-4;
    private const double MaxVolatility = 5.0;
    private const double Tolerance = 1e-10;

    /// <summary>Solves tree(σ) = price.</summary>
    /// <param name="tree">The tree (kind and steps) that defines the price.</param>
    /// <param name="type">Call or put.</param>
    /// <param name="price">American option price.</param>
    /// <param name="spot">Spot (&gt; 0).</param>
    /// <param name="strike">Strike (&gt; 0).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <param name="expiry">Years to expiry (&gt; 0).</param>
    public static ImpliedVolatilityResult Solve(BinomialTree tree, OptionType type, double price, double spot, double strike, double rate, double dividend, double expiry)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Guard.Finite(price);
        double intrinsic = Math.Max(type == OptionType.Call ? spot - strike : strike - spot, 0.0);
        if (!(price > intrinsic))
        {
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.BelowIntrinsic,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is at or below the intrinsic value {intrinsic:G10} (American exercise)"));
        }

        double a = MinVolatility;
        double b = MaxVolatility;
        double fa = tree.Price(type, ExerciseStyle.American, spot, strike, rate, dividend, a, expiry) - price;
        double fb = tree.Price(type, ExerciseStyle.American, spot, strike, rate, dividend, b, expiry) - price;
        if (fb < 0)
        {
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.AboveUpperBound,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is above the tree value at 500% volatility {fb + price:G10}"));
        }

        if (fa > 0)
        {
            return ImpliedVolatilityResult.Failed(
                ImpliedVolatilityStatus.BelowIntrinsic,
                string.Create(CultureInfo.InvariantCulture, $"price {price:G10} is below the tree value at 0.01% volatility {fa + price:G10}"));
        }

        // Brent (1973): inverse quadratic interpolation with bisection fallback.
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int iteration = 1; iteration <= 100; iteration++)
        {
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            double tol = (2 * double.Epsilon) + (0.5 * Tolerance);
            double m = 0.5 * (c - b);
            if (Math.Abs(m) <= tol || fb == 0)
            {
                return ImpliedVolatilityResult.Solved(b, iteration);
            }

            if (Math.Abs(e) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double s = fb / fa;
                double p;
                double q;
                if (a == c)
                {
                    p = 2 * m * s;
                    q = 1 - s;
                }
                else
                {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * ((2 * m * qa * (qa - r)) - ((b - a) * (r - 1)));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (2 * p < Math.Min((3 * m * q) - Math.Abs(tol * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = m;
                    e = m;
                }
            }
            else
            {
                d = m;
                e = m;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = tree.Price(type, ExerciseStyle.American, spot, strike, rate, dividend, b, expiry) - price;
        }

        return ImpliedVolatilityResult.Failed(ImpliedVolatilityStatus.NotConverged, "Brent iteration on the tree did not converge", 100);
    }
}
