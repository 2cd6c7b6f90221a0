namespace Bastion.Cli.Infrastructure;

/// <summary>Process exit codes of the <c>bastion</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The work ran but found problems (e.g. <c>data validate</c> found errors, a batch had bad rows).</summary>
    public const int Findings = 1;

    /// <summary>Bad input: arguments, files, configs. Nothing was written.</summary>
    public const int BadInput = 2;
}
