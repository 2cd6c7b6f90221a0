namespace Bastion.Risk.Stress;

/// <summary>Historical stress: the worst compounded windows of a return series.</summary>
public static class HistoricalStress
{
    /// <summary>
    /// The <paramref name="count"/> worst non-overlapping windows of <paramref name="windowLength"/> consecutive returns, worst
    /// first (greedy: the worst window, then the worst that does not overlap it, and so on).
    /// </summary>
    public static IReadOnlyList<WorstWindow> WorstWindows(ReadOnlySpan<double> returns, int windowLength, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        double[] compounded = VaR.MultiDayReturns.Overlapping(returns, windowLength);
        int[] order = Enumerable.Range(0, compounded.Length).OrderBy(i => compounded[i]).ThenBy(i => i).ToArray();
        var taken = new List<WorstWindow>();
        foreach (int start in order)
        {
            if (taken.Count == count)
            {
                break;
            }

            if (taken.All(w => start + windowLength <= w.Start || w.Start + windowLength <= start))
            {
                taken.Add(new WorstWindow(start, windowLength, compounded[start]));
            }
        }

        return taken;
    }
}
