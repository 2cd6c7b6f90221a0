namespace Bastion.Engine.Strategies;

/// <summary>Notices the first bar of each calendar month (UTC), for strategies that rebalance monthly. One owner; not thread-safe.</summary>
internal struct MonthChange
{
    private int _month;

    /// <summary>True when <paramref name="barStart"/> falls in a later month than the bars seen before.</summary>
    public bool IsNewMonth(DateTimeOffset barStart)
    {
        int month = (barStart.Year * 12) + barStart.Month;
        if (month == _month)
        {
            return false;
        }

        _month = month;
        return true;
    }
}
