using System.CommandLine;

namespace Bastion.Cli.Infrastructure;

/// <summary>Options shared by many commands, so they read and validate the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format table|json|csv</c>, table by default.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table (default), json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
