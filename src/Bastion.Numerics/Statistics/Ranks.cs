namespace Bastion.Numerics.Statistics;

/// <summary>Ranks of a sample with a named tie rule, matching <c>scipy.stats.rankdata</c>. O(n log n); thread-safe.</summary>
public static class Ranks
{
    /// <summary>Ranks (1-based) of <paramref name="values"/> in their original order.</summary>
    /// <exception cref="ArgumentException">Empty or a non-finite value.</exception>
    public static double[] Of(ReadOnlySpan<double> values, RankTieMethod ties = RankTieMethod.Average)
    {
        Moments.RequireFinite(values, 1);
        int n = values.Length;
        int[] order = SortedOrder(values);
        var ranks = new double[n];
        int dense = 0;
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            dense++;
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = ties switch
                {
                    RankTieMethod.Average => 0.5 * (i + j + 2),
                    RankTieMethod.Min => i + 1,
                    RankTieMethod.Max => j + 1,
                    RankTieMethod.Dense => dense,
                    RankTieMethod.Ordinal => k + 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(ties), ties, "unknown tie method"),
                };
            }

            i = j + 1;
        }

        return ranks;
    }

    /// <summary>Indices that sort the values ascending, stable (ties keep their original order).</summary>
    internal static int[] SortedOrder(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var keys = values.ToArray();
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Array.Sort is unstable; sort (value, index) pairs so equal values keep their original order.
        var pairs = new (double Value, int Index)[n];
        for (int i = 0; i < n; i++)
        {
            pairs[i] = (keys[i], i);
        }

        Array.Sort(pairs);
        for (int i = 0; i < n; i++)
        {
            order[i] = pairs[i].Index;
        }

        return order;
    }
}
