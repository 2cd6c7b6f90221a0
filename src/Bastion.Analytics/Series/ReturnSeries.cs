namespace Bastion.Analytics.Series;

/// <summary>
/// A dated series of simple periodic returns (0.01 = 1%), in time order, UTC. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NaN handling: <see cref="Create"/> drops NaN observations up front and counts them in <see cref="DroppedMissing"/>.
/// empyrical ignores NaN inside each reduction (<c>nanmean</c>, <c>nanstd</c>) and treats it as a zero return when
/// compounding, which gives the same numbers, with one exception: empyrical's <c>annual_return</c> counts NaN rows in
/// the number of years, Bastion counts only the observations it kept. Infinite values are rejected.
/// </remarks>
public sealed class ReturnSeries
{
    private readonly DateTimeOffset[] _dates;
    private readonly double[] _values;

    private ReturnSeries(string name, DateTimeOffset startDate, DateTimeOffset[] dates, double[] values, int droppedMissing)
    {
        Name = name;
        StartDate = startDate;
        _dates = dates;
        _values = values;
        DroppedMissing = droppedMissing;
    }

    /// <summary>Display name (strategy or benchmark).</summary>
    public string Name { get; }

    /// <summary>
    /// Date of the wealth before the first return: the first equity timestamp when built from an equity curve,
    /// otherwise the first return's date. Drawdowns that start at the very beginning peak here.
    /// </summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>End-of-period timestamps, strictly increasing, UTC.</summary>
    public IReadOnlyList<DateTimeOffset> Dates => _dates;

    /// <summary>The simple returns, one per date.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Number of observations kept.</summary>
    public int Count => _values.Length;

    /// <summary>Number of NaN observations dropped by <see cref="Create"/>.</summary>
    public int DroppedMissing { get; }

    internal DateTimeOffset[] DateArray => _dates;

    internal double[] ValueArray => _values;

    /// <summary>
    /// Builds a series from dates and simple returns. NaN returns are dropped (see remarks on the type);
    /// dates must be strictly increasing.
    /// </summary>
    /// <param name="name">Display name.</param>
    /// <param name="dates">End-of-period timestamps (converted to UTC).</param>
    /// <param name="returns">Simple returns, same length as <paramref name="dates"/>; NaN means missing.</param>
    /// <param name="startDate">Date of the initial wealth; defaults to the first kept date.</param>
    /// <exception cref="ArgumentException">Lengths differ, dates are not increasing, or a return is infinite.</exception>
    public static ReturnSeries Create(string name, IReadOnlyList<DateTimeOffset> dates, IReadOnlyList<double> returns, DateTimeOffset? startDate = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(returns);
        if (dates.Count != returns.Count)
        {
            throw new ArgumentException($"{dates.Count} dates but {returns.Count} returns", nameof(returns));
        }

        var keptDates = new List<DateTimeOffset>(dates.Count);
        var keptValues = new List<double>(dates.Count);
        int dropped = 0;
        for (int i = 0; i < dates.Count; i++)
        {
            if (i > 0 && dates[i] <= dates[i - 1])
            {
                throw new ArgumentException($"dates must be strictly increasing: element {i} ({dates[i]:O}) is not after {dates[i - 1]:O}", nameof(dates));
            }

            double r = returns[i];
            if (double.IsNaN(r))
            {
                dropped++;
                continue;
            }

            if (double.IsInfinity(r))
            {
                throw new ArgumentException($"return {i} is {r}; returns must be finite or NaN (missing)", nameof(returns));
            }

            keptDates.Add(dates[i].ToUniversalTime());
            keptValues.Add(r);
        }

        DateTimeOffset start = startDate?.ToUniversalTime() ?? (keptDates.Count > 0 ? keptDates[0] : default);
        return new ReturnSeries(name, start, [.. keptDates], [.. keptValues], dropped);
    }

    /// <summary>
    /// Builds a series from an equity (or price) curve: r_t = E_t / E_{t−1} − 1. The first timestamp becomes
    /// <see cref="StartDate"/>; the series has one observation fewer than the curve.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, timestamps are not increasing, or an equity value is not finite and positive.</exception>
    public static ReturnSeries FromEquity(string name, IReadOnlyList<DateTimeOffset> timestamps, IReadOnlyList<double> equity)
    {
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(equity);
        if (timestamps.Count != equity.Count)
        {
            throw new ArgumentException($"{timestamps.Count} timestamps but {equity.Count} equity values", nameof(equity));
        }

        for (int i = 0; i < equity.Count; i++)
        {
            if (!(double.IsFinite(equity[i]) && equity[i] > 0.0))
            {
                throw new ArgumentException($"equity value {i} is {equity[i]}; equity must be finite and positive", nameof(equity));
            }
        }

        if (equity.Count == 0)
        {
            return Create(name, [], []);
        }

        var dates = new DateTimeOffset[equity.Count - 1];
        var returns = new double[equity.Count - 1];
        for (int i = 1; i < equity.Count; i++)
        {
            dates[i - 1] = timestamps[i];
            returns[i - 1] = (equity[i] / equity[i - 1]) - 1.0;
        }

        if (timestamps.Count > 1 && timestamps[1] <= timestamps[0])
        {
            throw new ArgumentException($"timestamps must be strictly increasing: element 1 ({timestamps[1]:O}) is not after {timestamps[0]:O}", nameof(timestamps));
        }

        return Create(name, dates, returns, timestamps[0]);
    }

    /// <summary>Returns the sub-series of the observations at the given indices (ascending), keeping the name.</summary>
    internal ReturnSeries Select(IReadOnlyList<int> indices)
    {
        var dates = new DateTimeOffset[indices.Count];
        var values = new double[indices.Count];
        for (int i = 0; i < indices.Count; i++)
        {
            dates[i] = _dates[indices[i]];
            values[i] = _values[indices[i]];
        }

        DateTimeOffset start = indices.Count > 0 && indices[0] == 0 ? StartDate : (dates.Length > 0 ? dates[0] : StartDate);
        return new ReturnSeries(Name, start, dates, values, DroppedMissing);
    }
}
