namespace Bastion.Data.Validation;

/// <summary>How bad a data issue is.</summary>
public enum IssueSeverity
{
    /// <summary>Suspicious but possibly real (a jump, a stale run, a missing trading day): the row is kept.</summary>
    Warning,

    /// <summary>The row is wrong (unparseable, inconsistent OHLC, out of order): a reader fails or drops it.</summary>
    Error,
}
