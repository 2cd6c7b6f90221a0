namespace Bastion.Cli.Infrastructure;

/// <summary>
/// Bad input found by a command (a file, a line, a key, an option value). The message is printed as one line
/// prefixed with <c>error:</c> and the process exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>
    /// A usage error from a library's argument check, with its message as the library wrote it (without the
    /// " (Parameter 'x')" suffix and "Actual value" line .NET appends), prefixed with what the user gave (a file, an option) when known.
    /// </summary>
    public static CliUsageException From(ArgumentException ex, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(ex);
        // .NET appends " (Parameter 'x')" and, for out-of-range values, a line "Actual value was …": keep what precedes.
        string message = ex.Message;
        int cut = ex.ParamName is null ? -1 : message.IndexOf($" (Parameter '{ex.ParamName}')", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return new CliUsageException(context is null ? message : $"{context}: {message}", ex);
    }
}
