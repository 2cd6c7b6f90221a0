using Bastion.Analytics.Series;

namespace Bastion.Cli.Commands.Stats;

/// <summary>Several return series restricted to the dates all of them have.</summary>
/// <param name="Values">Returns of each series on the common dates (<c>Values[series][t]</c>).</param>
/// <param name="Observations">Number of common dates.</param>
/// <param name="Dropped">Dates that some series have and others lack (dropped).</param>
internal sealed record CommonDates(double[][] Values, int Observations, int Dropped)
{
    public static CommonDates Align(IReadOnlyList<ReturnSeries> series)
    {
        var common = new HashSet<DateTimeOffset>(series[0].Dates);
        var union = new HashSet<DateTimeOffset>(series[0].Dates);
        foreach (ReturnSeries s in series.Skip(1))
        {
            common.IntersectWith(s.Dates);
            union.UnionWith(s.Dates);
        }

        var values = new double[series.Count][];
        for (int k = 0; k < series.Count; k++)
        {
            ReturnSeries s = series[k];
            var kept = new double[common.Count];
            int j = 0;
            for (int t = 0; t < s.Count; t++)
            {
                if (common.Contains(s.Dates[t]))
                {
                    kept[j++] = s.Values[t];
                }
            }

            values[k] = kept;
        }

        return new CommonDates(values, common.Count, union.Count - common.Count);
    }
}
