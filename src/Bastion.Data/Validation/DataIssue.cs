namespace Bastion.Data.Validation;

/// <summary>One problem found in a data file.</summary>
/// <param name="File">The file path as given.</param>
/// <param name="Line">1-based line number (the header is line 1).</param>
/// <param name="Field">Column name (a symbol in a wide file), or <c>row</c> when the whole row is concerned.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Severity">Error (row is wrong) or warning (suspicious).</param>
/// <param name="Message">A sentence for people, with the offending values.</param>
public sealed record DataIssue(string File, int Line, string Field, DataIssueKind Kind, IssueSeverity Severity, string Message)
{
    /// <summary>The severity every kind carries.</summary>
    public static IssueSeverity SeverityOf(DataIssueKind kind)
        => kind is DataIssueKind.MissingTradingDay or DataIssueKind.NonTradingDay or DataIssueKind.PriceJump or DataIssueKind.StalePrice
            ? IssueSeverity.Warning
            : IssueSeverity.Error;

    /// <summary>Creates an issue with the severity of its kind.</summary>
    public static DataIssue Create(string file, int line, string field, DataIssueKind kind, string message)
        => new(file, line, field, kind, SeverityOf(kind), message);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line} {Field} {Severity.ToString().ToLowerInvariant()} {Kind}: {Message}";
}
