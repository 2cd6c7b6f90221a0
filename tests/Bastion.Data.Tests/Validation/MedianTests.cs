using Bastion.Data.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Data.Tests.Validation;

public sealed class MedianTests
{
    [Fact]
    public void Median_AnyValues_EqualsTheSortedMiddle()
    {
        // Reference: the textbook definition on a sorted copy (middle value, or mean of the two middle values).
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(-50, 50)).Where(a => a.Length > 0).ToArbitrary(), ints =>
        {
            double[] values = [.. ints.Select(i => i * 0.25)];
            double[] sorted = [.. values.Order()];
            int n = sorted.Length;
            double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
            return SeriesChecks.Median(values) == expected;
        }).QuickCheckThrowOnFailure();
    }
}
