namespace Bastion.Pricing.Chains;

/// <summary>A row of a chain file that was not used, and why.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What was wrong, naming the field.</param>
public sealed record ChainRowError(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
