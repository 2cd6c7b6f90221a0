using System.Xml.Linq;

namespace Bastion.Architecture.Tests;

/// <summary>Enforces the module table of DESIGN.md §2: a project references only what the table allows.</summary>
public sealed class ModuleReferenceTests
{
    private static readonly string[] s_belowServer =
        ["Bastion.Core", "Bastion.Numerics", "Bastion.Data", "Bastion.Portfolio", "Bastion.Risk", "Bastion.Analytics",
         "Bastion.Pricing", "Bastion.Execution", "Bastion.Compliance", "Bastion.Storage"];

    /// <summary>DESIGN.md §2, column "may reference".</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Bastion.Core"] = [],
        ["Bastion.Numerics"] = [],
        ["Bastion.Data"] = ["Bastion.Core", "Bastion.Numerics"], // ADR 0002: generators need seeded streams and Cholesky
        ["Bastion.Portfolio"] = ["Bastion.Core", "Bastion.Numerics"],
        ["Bastion.Risk"] = ["Bastion.Core", "Bastion.Numerics"],
        ["Bastion.Analytics"] = ["Bastion.Core", "Bastion.Numerics"],
        ["Bastion.Pricing"] = ["Bastion.Numerics"],
        ["Bastion.Execution"] = ["Bastion.Core", "Bastion.Numerics"],
        ["Bastion.Compliance"] = ["Bastion.Core"],
        ["Bastion.Storage"] = ["Bastion.Core"],
        ["Bastion.Engine"] = s_belowServer,
        ["Bastion.Server"] = [.. s_belowServer, "Bastion.Engine"],
        ["Bastion.Cli"] = [.. s_belowServer, "Bastion.Engine"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(RepoRoot(), "src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_ReferencesOnlyWhatDesignAllows(string project)
    {
        string module = ModuleOf(project);
        Assert.True(Allowed.ContainsKey(module), $"{project} is not in the module table of DESIGN.md §2; add it there and here first.");
        string[] allowed = [.. Allowed[module], module];
        foreach (string reference in ProjectReferences(project))
        {
            Assert.True(
                allowed.Contains(ModuleOf(reference)),
                $"{project} references {reference}, which DESIGN.md §2 does not allow (allowed: {string.Join(", ", Allowed[module])}).");
        }
    }

    [Fact]
    public void Check_DetectsForbiddenReference()
    {
        // The rule itself must be able to fail: Core may reference nothing, Pricing not Core.
        Assert.DoesNotContain("Bastion.Core", Allowed["Bastion.Pricing"]);
        Assert.Empty(Allowed["Bastion.Core"]);
        Assert.DoesNotContain("Bastion.Cli", Allowed.Values.SelectMany(v => v));
        Assert.DoesNotContain("Bastion.Server", Allowed.Values.SelectMany(v => v));
    }

    [Fact]
    public void Assemblies_ReferenceOnlyAllowedModules()
    {
        // Compiled references too, so a reference added through a props file or a package cannot slip through.
        foreach (System.Reflection.Assembly assembly in new[]
                 {
                     typeof(Bastion.Core.Symbols.Symbol).Assembly,
                     typeof(Bastion.Cli.CliApp).Assembly,
                 })
        {
            string module = ModuleOf(assembly.GetName().Name == "bastion" ? "Bastion.Cli" : assembly.GetName().Name!);
            foreach (System.Reflection.AssemblyName reference in assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Bastion.", StringComparison.Ordinal)))
            {
                Assert.Contains(ModuleOf(reference.Name!), Allowed[module]);
            }
        }
    }

    /// <summary><c>Bastion.Storage.Postgres</c> belongs to <c>Bastion.Storage</c> (DESIGN.md: split only to isolate a dependency).</summary>
    private static string ModuleOf(string project)
    {
        string[] parts = project.Split('.');
        return parts.Length > 2 ? $"{parts[0]}.{parts[1]}" : project;
    }

    private static IEnumerable<string> ProjectReferences(string project)
    {
        string path = Path.Combine(RepoRoot(), "src", project, project + ".csproj");
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    internal static string RepoRoot() => Bastion.Testing.RepositoryPaths.Root;
}
