using Bastion.Analytics.Series;

namespace Bastion.Analytics.Reports;

/// <summary>Calendar aggregation of returns (compounded within each UTC month or year), as pyfolio's heatmap and bar chart.</summary>
public static class PeriodReturns
{
    /// <summary>Compounded return of each calendar month that has observations, in time order.</summary>
    public static IReadOnlyList<PeriodReturn> Monthly(ReturnSeries returns) => Aggregate(returns, monthly: true);

    /// <summary>Compounded return of each calendar year that has observations, in time order.</summary>
    public static IReadOnlyList<PeriodReturn> Annual(ReturnSeries returns) => Aggregate(returns, monthly: false);

    private static List<PeriodReturn> Aggregate(ReturnSeries returns, bool monthly)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var result = new List<PeriodReturn>();
        ReadOnlySpan<double> r = returns.Values;
        int year = -1, month = -1;
        double wealth = 1.0;
        for (int i = 0; i < r.Length; i++)
        {
            DateTimeOffset d = returns.Dates[i];
            int m = monthly ? d.Month : 0;
            if (d.Year != year || m != month)
            {
                if (year >= 0)
                {
                    result.Add(new PeriodReturn(year, month, wealth - 1.0));
                }

                year = d.Year;
                month = m;
                wealth = 1.0;
            }

            wealth *= 1.0 + r[i];
        }

        if (year >= 0)
        {
            result.Add(new PeriodReturn(year, month, wealth - 1.0));
        }

        return result;
    }
}
