namespace Bastion.Numerics.Distributions;

/// <summary>
/// Inverts a continuous distribution function: Newton's method on the log of the tail probability (which converges
/// fast even far in the tail), safeguarded by a bracket that falls back to bisection.
/// </summary>
internal static class MonotoneInverse
{
    /// <summary>
    /// Finds x &gt; <paramref name="lowerBound"/> (≥ 0) with tail(x) = <paramref name="target"/>, where tail is the lower
    /// tail P(X ≤ x) (increasing) or, if <paramref name="upperTail"/>, the survival P(X &gt; x) (decreasing).
    /// </summary>
    internal static double Solve(
        Func<double, double> tail, Func<double, double> density, double target, bool upperTail, double start, double lowerBound)
    {
        double logTarget = Math.Log(target);
        double lo = lowerBound;
        double hi = double.PositiveInfinity;
        double x = start;
        if (!(x > lo))
        {
            x = lo + 1.0;
        }

        for (int iteration = 0; iteration < 400; iteration++)
        {
            double t = tail(x);
            double g = Math.Log(t) - logTarget;

            // g is increasing in x for the lower tail, decreasing for the upper tail.
            bool tooHigh = upperTail ? g < 0.0 : g > 0.0;
            if (g == 0.0)
            {
                return x;
            }

            if (tooHigh)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            double slope = density(x) / t * (upperTail ? -1.0 : 1.0);
            double next = x - (g / slope);
            if (!(next > lo && next < hi) || !double.IsFinite(next) || t == 0.0)
            {
                next = double.IsPositiveInfinity(hi) ? 4.0 * Math.Max(x, 0.25) : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 4e-16 * Math.Abs(x) || next == lo || next == hi)
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
