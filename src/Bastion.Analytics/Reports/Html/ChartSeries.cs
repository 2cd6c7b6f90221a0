namespace Bastion.Analytics.Reports.Html;

/// <summary>One line of a chart: y values at dates (NaN breaks the line).</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<DateTimeOffset> Dates, IReadOnlyList<double> Values, bool Dashed = false);
