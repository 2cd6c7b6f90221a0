namespace Bastion.Cli.Configuration;

/// <summary>One configured value: a scalar or a list of scalars, with where it came from (file and line, or an environment variable).</summary>
internal sealed record ConfigValue(string Key, string? Scalar, IReadOnlyList<string>? Items, string Source);
