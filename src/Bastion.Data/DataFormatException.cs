namespace Bastion.Data;

/// <summary>
/// A data file that cannot be read as asked: an unknown layout, or (in fail-fast mode) the first bad row.
/// The message names the file, the line (1-based, the header is line 1) and the field.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="file"/>.</summary>
    public DataFormatException(string file, int line, string field, string message)
        : base(Compose(file, line, field, message))
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates an exception with a plain message (no location).</summary>
    public DataFormatException()
        : this(string.Empty, 0, string.Empty, "bad data file")
    {
    }

    /// <summary>Creates an exception with a plain message (no location).</summary>
    public DataFormatException(string message)
        : base(message)
    {
        File = string.Empty;
        Field = string.Empty;
    }

    /// <summary>Creates an exception with a plain message and an inner exception (no location).</summary>
    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Field = string.Empty;
    }

    /// <summary>The file path as given by the caller.</summary>
    public string File { get; }

    /// <summary>The 1-based line number (the header is line 1); 0 when the whole file is concerned.</summary>
    public int Line { get; }

    /// <summary>The column name, or <c>header</c> / <c>row</c> when no single field is concerned.</summary>
    public string Field { get; }

    private static string Compose(string file, int line, string field, string message)
        => line > 0 ? $"{file}:{line}: {field}: {message}" : $"{file}: {field}: {message}";
}
