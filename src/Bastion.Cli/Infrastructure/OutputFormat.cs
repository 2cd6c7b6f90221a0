namespace Bastion.Cli.Infrastructure;

/// <summary>The <c>--format</c> every computing command takes.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
