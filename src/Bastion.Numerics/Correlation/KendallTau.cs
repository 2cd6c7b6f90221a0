namespace Bastion.Numerics.Correlation;

/// <summary>Knight's (1966) O(n log n) Kendall τ-b: sort by (x, y), then count the swaps a merge sort on y makes.</summary>
internal static class KendallTau
{
    internal static double TauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        var pairs = new (double X, double Y)[n];
        for (int i = 0; i < n; i++)
        {
            pairs[i] = (x[i], y[i]);
        }

        Array.Sort(pairs);
        // tiesXY accumulates Σ t(t−1)/2 over joint (x, y) runs incrementally: a run growing to length r adds r − 1.
        long tiesX = 0, tiesXY = 0;
        long runX = 1, runXY = 1;
        for (int i = 1; i < n; i++)
        {
            if (pairs[i].X == pairs[i - 1].X)
            {
                runX++;
                runXY = pairs[i].Y == pairs[i - 1].Y ? runXY + 1 : 1;
            }
            else
            {
                tiesX += runX * (runX - 1) / 2;
                runX = 1;
                runXY = 1;
            }

            tiesXY += runXY - 1;
        }

        tiesX += runX * (runX - 1) / 2;

        var ys = new double[n];
        for (int i = 0; i < n; i++)
        {
            ys[i] = pairs[i].Y;
        }

        long swaps = MergeSortCountingSwaps(ys, new double[n], 0, n);
        long tiesY = 0, runY = 1;
        for (int i = 1; i < n; i++)
        {
            if (ys[i] == ys[i - 1])
            {
                runY++;
            }
            else
            {
                tiesY += runY * (runY - 1) / 2;
                runY = 1;
            }
        }

        tiesY += runY * (runY - 1) / 2;
        long total = (long)n * (n - 1) / 2;
        double numerator = total - tiesX - tiesY + tiesXY - (2.0 * swaps);
        double denominator = Math.Sqrt((double)(total - tiesX) * (total - tiesY));
        return denominator == 0.0 ? double.NaN : Math.Clamp(numerator / denominator, -1.0, 1.0);
    }

    /// <summary>Sorts <paramref name="a"/>[lo, hi) ascending and returns the number of inversions (strictly greater before smaller).</summary>
    private static long MergeSortCountingSwaps(double[] a, double[] buffer, int lo, int hi)
    {
        if (hi - lo < 2)
        {
            return 0;
        }

        int mid = (lo + hi) >>> 1;
        long swaps = MergeSortCountingSwaps(a, buffer, lo, mid) + MergeSortCountingSwaps(a, buffer, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            if (a[j] < a[i])
            {
                swaps += mid - i;
                buffer[k++] = a[j++];
            }
            else
            {
                buffer[k++] = a[i++];
            }
        }

        while (i < mid)
        {
            buffer[k++] = a[i++];
        }

        while (j < hi)
        {
            buffer[k++] = a[j++];
        }

        Array.Copy(buffer, lo, a, lo, hi - lo);
        return swaps;
    }
}
