namespace Bastion.Analytics.Reports;

/// <summary>One metric across the strategies of a report, with its display section and format.</summary>
internal sealed record MetricRow(string Section, string Key, string Label, MetricFormat Format, double[] Values);
