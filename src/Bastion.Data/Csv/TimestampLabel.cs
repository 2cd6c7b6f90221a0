namespace Bastion.Data.Csv;

/// <summary>Which end of the bar interval a file's timestamp names.</summary>
public enum TimestampLabel
{
    /// <summary>The timestamp is the start of the bar (Bastion's own files, LEAN).</summary>
    Start,

    /// <summary>The timestamp is the end of the bar (many vendor intraday files, e.g. a 09:05 first 5-minute bar).</summary>
    End,
}
