namespace Bastion.Analytics.Reports;

/// <summary>How a metric value is displayed.</summary>
internal enum MetricFormat
{
    Percent,
    Ratio,
    Probability,
    Count,
    Money,
    Days,
}
