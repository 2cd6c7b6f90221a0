using Bastion.Numerics.Statistics;

namespace Bastion.Risk.VaR;

/// <summary>
/// Empirical quantiles by selection (expected O(n), no full sort), with exactly the definitions of
/// <see cref="Quantiles.OfSorted"/>. Works in place on a scratch span, which it reorders.
/// </summary>
internal static class OrderStatistics
{
    /// <summary>The p-quantile of <paramref name="scratch"/> (reordered in place) by <paramref name="method"/>.</summary>
    public static double Quantile(Span<double> scratch, double probability, QuantileMethod method)
    {
        int n = scratch.Length;
        double h = probability * (n - 1);
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, n - 1);
        double frac = h - lo;
        if (method == QuantileMethod.Nearest)
        {
            return Select(scratch, (int)Math.Round(h, MidpointRounding.ToEven));
        }

        double xlo = Select(scratch, lo);
        if (frac == 0.0 || method == QuantileMethod.Lower)
        {
            return xlo;
        }

        // After selecting lo, everything right of lo is ≥ xlo: the next order statistic is their minimum.
        double xhi = hi == lo ? xlo : Min(scratch[(lo + 1)..]);
        return method switch
        {
            QuantileMethod.Linear => xlo + (frac * (xhi - xlo)),
            QuantileMethod.Higher => xhi,
            QuantileMethod.Midpoint => 0.5 * (xlo + xhi),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown quantile method"),
        };
    }

    /// <summary>
    /// The weights that express the quantile as a combination of two order statistics: quantile = wLo·x₍lo₎ + wHi·x₍hi₎.
    /// Used to attribute a historical VaR to positions (the same scenarios, the same weights).
    /// </summary>
    public static (int Lo, double WeightLo, int Hi, double WeightHi) Weights(int n, double probability, QuantileMethod method)
    {
        double h = probability * (n - 1);
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, n - 1);
        double frac = h - lo;
        if (frac == 0.0)
        {
            return (lo, 1.0, hi, 0.0);
        }

        return method switch
        {
            QuantileMethod.Linear => (lo, 1.0 - frac, hi, frac),
            QuantileMethod.Lower => (lo, 1.0, hi, 0.0),
            QuantileMethod.Higher => (lo, 0.0, hi, 1.0),
            QuantileMethod.Midpoint => (lo, 0.5, hi, 0.5),
            QuantileMethod.Nearest => Math.Round(h, MidpointRounding.ToEven) == lo ? (lo, 1.0, hi, 0.0) : (lo, 0.0, hi, 1.0),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown quantile method"),
        };
    }

    /// <summary>Hoare-partition quickselect with median-of-three pivots: afterwards scratch[k] is the k-th smallest, smaller left, larger right.</summary>
    public static double Select(Span<double> a, int k)
    {
        int left = 0, right = a.Length - 1;
        while (right > left)
        {
            int mid = left + ((right - left) >> 1);
            if (a[mid] < a[left])
            {
                (a[mid], a[left]) = (a[left], a[mid]);
            }

            if (a[right] < a[left])
            {
                (a[right], a[left]) = (a[left], a[right]);
            }

            if (a[right] < a[mid])
            {
                (a[right], a[mid]) = (a[mid], a[right]);
            }

            double pivot = a[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return a[k];
            }
        }

        return a[k];
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        double m = double.PositiveInfinity;
        foreach (double v in values)
        {
            m = v < m ? v : m;
        }

        return m;
    }
}
