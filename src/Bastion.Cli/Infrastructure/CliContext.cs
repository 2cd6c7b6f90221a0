namespace Bastion.Cli.Infrastructure;

/// <summary>What every command may use: output streams and the clock. Tests pass their own.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);
