namespace Bastion.Analytics.Series;

/// <summary>
/// A strategy and its benchmark restricted to the timestamps both have, plus the timestamps that were dropped
/// from each side.
/// </summary>
/// <param name="Strategy">Strategy returns on the common timestamps.</param>
/// <param name="Benchmark">Benchmark returns on the same timestamps.</param>
/// <param name="DroppedFromStrategy">Strategy timestamps with no benchmark observation.</param>
/// <param name="DroppedFromBenchmark">Benchmark timestamps with no strategy observation.</param>
public sealed record AlignedReturns(
    ReturnSeries Strategy,
    ReturnSeries Benchmark,
    IReadOnlyList<DateTimeOffset> DroppedFromStrategy,
    IReadOnlyList<DateTimeOffset> DroppedFromBenchmark)
{
    /// <summary>
    /// Aligns two series on the intersection of their timestamps (exact UTC equality).
    /// With <paramref name="requireExactMatch"/> any mismatch is an error instead.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="requireExactMatch"/> is set and the timestamps differ, naming the first one.</exception>
    public static AlignedReturns Align(ReturnSeries strategy, ReturnSeries benchmark, bool requireExactMatch = false)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(benchmark);
        DateTimeOffset[] a = strategy.DateArray;
        DateTimeOffset[] b = benchmark.DateArray;
        if (a.AsSpan().SequenceEqual(b))
        {
            // Already aligned (the usual case for an engine run): no copies.
            return new AlignedReturns(strategy, benchmark, [], []);
        }

        var keepA = new List<int>(a.Length);
        var keepB = new List<int>(b.Length);
        var dropA = new List<DateTimeOffset>();
        var dropB = new List<DateTimeOffset>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                dropA.Add(a[i++]);
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                dropB.Add(b[j++]);
            }
            else
            {
                keepA.Add(i++);
                keepB.Add(j++);
            }
        }

        if (requireExactMatch && (dropA.Count > 0 || dropB.Count > 0))
        {
            string which = dropA.Count > 0
                ? $"{strategy.Name} has {dropA.Count} timestamp(s) the benchmark lacks, first {dropA[0]:yyyy-MM-dd HH:mm}"
                : $"benchmark {benchmark.Name} has {dropB.Count} timestamp(s) the strategy lacks, first {dropB[0]:yyyy-MM-dd HH:mm}";
            throw new ArgumentException($"benchmark dates do not match: {which}", nameof(benchmark));
        }

        return new AlignedReturns(strategy.Select(keepA), benchmark.Select(keepB), dropA, dropB);
    }
}
