namespace Bastion.Analytics.Reports.Html;

/// <summary>Readable tick positions: 1-2-5 steps for numbers, calendar boundaries for dates.</summary>
internal static class AxisTicks
{
    public static double[] Nice(double min, double max, int target = 5)
    {
        if (!(max > min))
        {
            max = min + (min == 0 ? 1 : Math.Abs(min) * 0.1);
        }

        double raw = (max - min) / Math.Max(target, 1);
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        var ticks = new List<double>();
        for (double t = Math.Ceiling(min / step) * step; t <= max + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0.0 : t);
        }

        return [.. ticks];
    }

    /// <summary>Tick values for a log axis (wealth multiples): 1-2-5 per decade inside [min, max].</summary>
    public static double[] Log(double min, double max)
    {
        var ticks = new List<double>();
        for (int e = (int)Math.Floor(Math.Log10(min)); e <= (int)Math.Ceiling(Math.Log10(max)); e++)
        {
            foreach (double m in (double[])[1, 2, 5])
            {
                double t = m * Math.Pow(10, e);
                if (t >= min && t <= max)
                {
                    ticks.Add(t);
                }
            }
        }

        return ticks.Count >= 2 ? [.. ticks] : Nice(min, max);
    }

    public static DateTimeOffset[] Dates(DateTimeOffset start, DateTimeOffset end)
    {
        double years = (end - start).TotalDays / 365.25;
        var ticks = new List<DateTimeOffset>();
        if (years >= 2)
        {
            int step = years > 24 ? 5 : years > 12 ? 2 : 1;
            for (int y = start.Year + 1; y <= end.Year; y++)
            {
                if (y % step == 0)
                {
                    ticks.Add(new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero));
                }
            }
        }
        else
        {
            int step = years > 1 ? 3 : years > 0.4 ? 2 : 1;
            var d = new DateTimeOffset(start.Year, start.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
            for (; d <= end; d = d.AddMonths(1))
            {
                if ((d.Month - 1) % step == 0)
                {
                    ticks.Add(d);
                }
            }
        }

        return [.. ticks];
    }

    public static string DateLabel(DateTimeOffset d, DateTimeOffset start, DateTimeOffset end)
        => (end - start).TotalDays / 365.25 >= 2
            ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : d.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
