using Bastion.Data.Csv;

namespace Bastion.Data.Validation;

/// <summary>What <see cref="DataValidator"/> found in one file: every issue in file order (line, then field).</summary>
/// <param name="File">The file as given.</param>
/// <param name="Layout">The detected layout.</param>
/// <param name="Rows">Data rows read (header and blank lines excluded).</param>
/// <param name="Issues">Every issue, errors and warnings.</param>
public sealed record ValidationReport(string File, CsvLayout Layout, long Rows, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Number of error-level issues.</summary>
    public int ErrorCount => Issues.Count(i => i.Severity == IssueSeverity.Error);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Issues.Count(i => i.Severity == IssueSeverity.Warning);

    /// <summary>True when no error was found (warnings allowed).</summary>
    public bool IsClean => ErrorCount == 0;
}
