using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// Rows a <see cref="ReadMode.DropBadRows"/> read skipped, counted by reason (the first problem of each row),
/// with the first example of each reason. Filled while the stream is enumerated; reset when enumeration restarts.
/// </summary>
public sealed class DropReport
{
    private readonly Dictionary<DataIssueKind, int> _counts = [];
    private readonly Dictionary<DataIssueKind, DataIssue> _examples = [];

    /// <summary>Total rows dropped.</summary>
    public int Total { get; private set; }

    /// <summary>Good rows returned.</summary>
    public long RowsRead { get; internal set; }

    /// <summary>Rows dropped per reason.</summary>
    public IReadOnlyDictionary<DataIssueKind, int> CountsByReason => _counts;

    /// <summary>The first dropped row of each reason (file, line, field, message).</summary>
    public IReadOnlyDictionary<DataIssueKind, DataIssue> FirstExamples => _examples;

    /// <summary>Dropped rows of one reason (0 when none).</summary>
    public int Count(DataIssueKind kind) => _counts.GetValueOrDefault(kind);

    /// <inheritdoc />
    public override string ToString()
        => Total == 0 ? "no rows dropped"
            : $"{Total} rows dropped: " + string.Join(", ", _counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));

    internal void Add(DataIssue issue)
    {
        Total++;
        _counts[issue.Kind] = _counts.GetValueOrDefault(issue.Kind) + 1;
        _examples.TryAdd(issue.Kind, issue);
    }

    internal void Reset()
    {
        Total = 0;
        RowsRead = 0;
        _counts.Clear();
        _examples.Clear();
    }
}
