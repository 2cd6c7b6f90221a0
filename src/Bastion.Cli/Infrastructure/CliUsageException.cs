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
}
