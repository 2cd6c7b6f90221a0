namespace Bastion.Testing;

/// <summary>Files of the repository seen from a test assembly (linked into every test project by tests/Directory.Build.props).</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Bastion.slnx</c>, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A repository file by its path relative to the root.</summary>
    public static string File(string relative) => Path.Combine(Root, relative);

    /// <summary>A bundled sample under <c>data/samples/</c>.</summary>
    public static string Sample(string name) => Path.Combine(Root, "data", "samples", name);

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir, "Bastion.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root (Bastion.slnx) not found above " + AppContext.BaseDirectory);
    }
}
