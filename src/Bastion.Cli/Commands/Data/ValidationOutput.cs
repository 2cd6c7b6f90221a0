using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Validation;

namespace Bastion.Cli.Commands.Data;

/// <summary>Writes validation reports as lines plus a summary table, as JSON, or as CSV (one row per issue).</summary>
internal static class ValidationOutput
{
    private static readonly string[] s_issueHeaders = ["file", "line", "field", "severity", "kind", "message"];
    private static readonly string[] s_summaryHeaders = ["file", "layout", "rows", "errors", "warnings"];

    public static void Write(TextWriter writer, IReadOnlyList<ValidationReport> reports, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(writer, new
                {
                    clean = reports.All(r => r.IsClean),
                    files = reports.Select(r => new
                    {
                        file = r.File,
                        layout = r.Layout,
                        rows = r.Rows,
                        errors = r.ErrorCount,
                        warnings = r.WarningCount,
                        issues = r.Issues.Select(i => new { line = i.Line, field = i.Field, severity = i.Severity, kind = i.Kind, message = i.Message }),
                    }),
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(writer, s_issueHeaders, reports.SelectMany(r => r.Issues).Select(IssueRow));
                break;
            default:
                foreach (DataIssue issue in reports.SelectMany(r => r.Issues))
                {
                    writer.WriteLine($"{issue.File}:{issue.Line} {issue.Field} {Severity(issue)}: {issue.Message} [{issue.Kind}]");
                }

                if (reports.Any(r => r.Issues.Count > 0))
                {
                    writer.WriteLine();
                }

                Output.WriteTable(writer, s_summaryHeaders, reports.Select(SummaryRow));
                int errors = reports.Sum(r => r.ErrorCount);
                int warnings = reports.Sum(r => r.WarningCount);
                writer.WriteLine(errors == 0
                    ? $"OK: {reports.Count} file(s), no errors, {warnings} warning(s)"
                    : $"FAILED: {errors} error(s), {warnings} warning(s) in {reports.Count(r => !r.IsClean)} of {reports.Count} file(s)");
                break;
        }
    }

    private static string Severity(DataIssue issue) => issue.Severity == IssueSeverity.Error ? "error" : "warning";

    private static string[] IssueRow(DataIssue i)
        => [i.File, i.Line.ToString(CultureInfo.InvariantCulture), i.Field, Severity(i), i.Kind.ToString(), i.Message];

    private static string[] SummaryRow(ValidationReport r)
        => [r.File, r.Layout.ToString(), r.Rows.ToString(CultureInfo.InvariantCulture),
            r.ErrorCount.ToString(CultureInfo.InvariantCulture), r.WarningCount.ToString(CultureInfo.InvariantCulture)];
}
