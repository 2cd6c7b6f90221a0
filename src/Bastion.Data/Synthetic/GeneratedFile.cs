namespace Bastion.Data.Synthetic;

/// <summary>A file written by <see cref="SyntheticMarketWriter"/>.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Rows">Data rows (header excluded).</param>
/// <param name="Bytes">File size in bytes.</param>
public sealed record GeneratedFile(string Path, long Rows, long Bytes);
